using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading;

/// <summary>What checks read: one snapshot of the workspace and the learner's quiz answers.</summary>
public sealed record GradingContext(WorkspaceSnapshot Snapshot, IReadOnlyDictionary<string, string> QuizAnswers)
{
    public GradingContext(WorkspaceSnapshot snapshot)
        : this(snapshot, new Dictionary<string, string>())
    {
    }
}
