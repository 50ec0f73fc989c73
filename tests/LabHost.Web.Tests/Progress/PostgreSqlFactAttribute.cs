namespace LabHost.Web.Progress;

/// <summary>A fact that needs PostgreSQL's initdb and pg_ctl: skipped with the reason when they are missing, except with CI=true, where it runs and fails.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlServer.FindBinaries() is null && !PostgreSqlServer.IsCi)
        {
            Skip = "PostgreSQL's initdb/pg_ctl are missing: `apt-get install -y postgresql` (in CI this is a failure, not a skip)";
        }
    }
}
