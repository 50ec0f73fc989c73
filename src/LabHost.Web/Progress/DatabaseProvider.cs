namespace LabHost.Web.Progress;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
