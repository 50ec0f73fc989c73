using Microsoft.EntityFrameworkCore;

namespace LabHost.Classes.Data;

/// <summary>SQLite (the embedded default). Carries the migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteClassesDbContext(DbContextOptions<SqliteClassesDbContext> options) : ClassesDbContext(options);
