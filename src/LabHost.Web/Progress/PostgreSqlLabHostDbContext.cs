using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Progress;

/// <summary>PostgreSQL (Npgsql), chosen by <c>Database:Provider</c>. Carries the migrations in Progress/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlLabHostDbContext(DbContextOptions<PostgreSqlLabHostDbContext> options) : LabHostDbContext(options);
