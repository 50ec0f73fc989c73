namespace LabHost.Workspaces.Docker;

/// <summary>The labels that mark a host container as a LabHost workspace.</summary>
public static class WorkspaceLabels
{
    public const string Workspace = "labhost.workspace";
    public const string Owner = "labhost.owner";
    public const string Instance = "labhost.instance";

    /// <summary>The owner label of a warm-pool container, which has no learner yet (labels cannot change after creation).</summary>
    public const string PoolOwner = "(pool)";
}
