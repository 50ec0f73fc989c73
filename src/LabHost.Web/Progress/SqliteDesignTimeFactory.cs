using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabHost.Web.Progress;

/// <summary>For `dotnet ef migrations add --context SqliteLabHostDbContext`: a throwaway database, never opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLabHostDbContext>
{
    public SqliteLabHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLabHostDbContext>().UseSqlite("Data Source=design.db").Options);
}
