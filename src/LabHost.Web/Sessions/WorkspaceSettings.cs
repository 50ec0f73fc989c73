namespace LabHost.Web.Sessions;

/// <summary><c>Workspaces:</c> configuration: how many live workspaces one server holds.</summary>
public sealed record WorkspaceSettings
{
    public int MaxWorkspaces { get; init; } = 2000;
}
