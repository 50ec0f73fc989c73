using Microsoft.EntityFrameworkCore;

namespace LabHost.Classes.Data;

/// <summary>PostgreSQL. Carries the migrations in Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlClassesDbContext(DbContextOptions<PostgreSqlClassesDbContext> options) : ClassesDbContext(options);
