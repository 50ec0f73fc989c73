using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabHost.Classes.Data;

/// <summary>For `dotnet ef migrations add --context SqliteClassesDbContext`: never opened.</summary>
public sealed class SqliteClassesDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClassesDbContext>
{
    public SqliteClassesDbContext CreateDbContext(string[] args) =>
        (SqliteClassesDbContext)new ClassesDatabase(ClassesStore.Sqlite("Data Source=design.db")).Create();
}

/// <summary>For `dotnet ef migrations add --context PostgreSqlClassesDbContext`: never connects.</summary>
public sealed class PostgreSqlClassesDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlClassesDbContext>
{
    public PostgreSqlClassesDbContext CreateDbContext(string[] args) =>
        (PostgreSqlClassesDbContext)new ClassesDatabase(ClassesStore.PostgreSql("Host=localhost;Database=labhost_design")).Create();
}
