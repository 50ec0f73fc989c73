namespace LabHost.Web.Progress;

/// <summary>
/// Which database holds progress: <c>Database:Provider</c> (Sqlite, the default, or PostgreSQL)
/// and <c>ConnectionStrings:LabHost</c>. Without a connection string, SQLite uses labhost.db
/// in the data directory.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "labhost.db";

    public static DatabaseSettings From(IConfiguration configuration, string dataDirectory)
    {
        var providerName = configuration["Database:Provider"];
        var provider = providerName is null || providerName.Equals("sqlite", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Sqlite
            : providerName.Equals("postgresql", StringComparison.OrdinalIgnoreCase) || providerName.Equals("postgres", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.PostgreSql
                : throw new InvalidOperationException($"Database:Provider '{providerName}' is not known: use Sqlite or PostgreSQL");
        var connectionString = configuration.GetConnectionString("LabHost");
        if (provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:LabHost is not set");
        }
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            var file = Path.Combine(dataDirectory, DefaultSqliteFile);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            connectionString = $"Data Source={file}";
        }
        return new DatabaseSettings(provider, connectionString!);
    }
}
