namespace LabHost.Web.Sessions;

/// <summary><c>Workspaces:</c> configuration: how many live workspaces one server holds, and for how long unwatched.</summary>
public sealed record WorkspaceSettings
{
    public int MaxWorkspaces { get; init; } = 2000;

    /// <summary>A workspace nobody watches for this long is saved already and leaves memory; opening it again restores it.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);
}
