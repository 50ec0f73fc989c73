using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabHost.Web.Progress;

/// <summary>For `dotnet ef migrations add --context PostgreSqlLabHostDbContext`: never connects.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlLabHostDbContext>
{
    public PostgreSqlLabHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlLabHostDbContext>().UseNpgsql("Host=localhost;Database=labhost_design").Options);
}
