namespace LabHost.Workspaces;

/// <summary>Who a workspace is for and what it starts as.</summary>
public sealed record WorkspaceOptions
{
    /// <summary>The learner (a user id); shown in logs, never to other learners.</summary>
    public required string Owner { get; init; }

    /// <summary>The lab's workspace profile (lab.yaml); null for the plain default machine.</summary>
    public string? Profile { get; init; }

    /// <summary>The terminal size until the first resize.</summary>
    public int Columns { get; init; } = 80;

    public int Rows { get; init; } = 24;
}
