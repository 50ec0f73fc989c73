namespace LabHost.Web.Progress;

/// <summary>A learner's place in one lab: the saved workspace (the provider's bytes) and when it was saved.</summary>
public sealed class LabProgress
{
    public required string LearnerId { get; set; }

    public required string LabId { get; set; }

    public byte[]? WorkspaceState { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
