using Microsoft.EntityFrameworkCore;

namespace LabHost.Classes.Data;

/// <summary>Makes a <see cref="ClassesDbContext"/> of the configured provider per unit of work; migrates at start. Safe for concurrent use.</summary>
public sealed class ClassesDatabase(ClassesStore store)
{
    private readonly DbContextOptions<SqliteClassesDbContext>? sqlite = store.IsPostgreSql
        ? null
        : new DbContextOptionsBuilder<SqliteClassesDbContext>()
            .UseSqlite(store.ConnectionString, o => o.MigrationsHistoryTable(ClassesDbContext.MigrationsHistoryTable)).Options;

    private readonly DbContextOptions<PostgreSqlClassesDbContext>? postgres = store.IsPostgreSql
        ? new DbContextOptionsBuilder<PostgreSqlClassesDbContext>()
            .UseNpgsql(store.ConnectionString, o => o.MigrationsHistoryTable(ClassesDbContext.MigrationsHistoryTable)).Options
        : null;

    public ClassesStore Store { get; } = store;

    public ClassesDbContext Create() => sqlite is not null ? new SqliteClassesDbContext(sqlite) : new PostgreSqlClassesDbContext(postgres!);

    public async Task MigrateAsync(CancellationToken cancellation = default)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellation);
    }
}
