using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Progress;

/// <summary>The embedded default: a SQLite file. Carries the migrations in Progress/Migrations/Sqlite.</summary>
public sealed class SqliteLabHostDbContext(DbContextOptions<SqliteLabHostDbContext> options) : LabHostDbContext(options);
