namespace LabHost.Classes.Data;

/// <summary>
/// Where the classes live: the web app's database (<c>Database:Provider</c>, <c>ConnectionStrings:LabHost</c>,
/// and labhost.db in <c>LabHost:DataDirectory</c> for SQLite). Resolved the same way by the web
/// app and by `labhost instructor add`, from plain values so this library needs no configuration
/// or hosting package.
/// </summary>
public sealed record ClassesStore(bool IsPostgreSql, string ConnectionString)
{
    public static ClassesStore Sqlite(string connectionString) => new(false, connectionString);

    public static ClassesStore PostgreSql(string connectionString) => new(true, connectionString);

    /// <summary>The same rules as the web app's DatabaseSettings.</summary>
    public static ClassesStore Resolve(string? provider, string? connectionString, string dataDirectory)
    {
        var postgres = provider is not null && !provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase)
            && (provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase) || provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
                ? true
                : throw new InvalidOperationException($"Database:Provider '{provider}' is not known: use Sqlite or PostgreSQL"));
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new ClassesStore(postgres, connectionString);
        }
        if (postgres)
        {
            throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:LabHost is not set");
        }
        Directory.CreateDirectory(dataDirectory);
        return Sqlite($"Data Source={Path.Combine(dataDirectory, "labhost.db")}");
    }
}
