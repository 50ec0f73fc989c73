using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Progress;

/// <summary>
/// Makes a <see cref="LabHostDbContext"/> of the configured provider per unit of work, and brings
/// the schema up to date at start. Safe for concurrent use.
/// </summary>
public sealed class ProgressDatabase(DatabaseSettings settings)
{
    private readonly DbContextOptions<SqliteLabHostDbContext>? sqlite = settings.Provider == DatabaseProvider.Sqlite
        ? new DbContextOptionsBuilder<SqliteLabHostDbContext>().UseSqlite(settings.ConnectionString).Options
        : null;

    private readonly DbContextOptions<PostgreSqlLabHostDbContext>? postgres = settings.Provider == DatabaseProvider.PostgreSql
        ? new DbContextOptionsBuilder<PostgreSqlLabHostDbContext>().UseNpgsql(settings.ConnectionString).Options
        : null;

    public DatabaseSettings Settings { get; } = settings;

    public LabHostDbContext Create() => sqlite is not null
        ? new SqliteLabHostDbContext(sqlite)
        : new PostgreSqlLabHostDbContext(postgres!);

    public async Task MigrateAsync(CancellationToken cancellation = default)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellation);
    }
}
