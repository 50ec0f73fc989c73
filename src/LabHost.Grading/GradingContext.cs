using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading;

/// <summary>What checks read: one snapshot of the workspace and the learner's quiz answers.</summary>
public sealed record GradingContext(WorkspaceSnapshot Snapshot, IReadOnlyDictionary<string, string> QuizAnswers)
{
    /// <summary>
    /// How many commands the snapshot held when the step being checked began: for `since: step`
    /// only the commands after those count. Counting, not time, so two commands in one tick differ.
    /// </summary>
    public int StepFirstCommand { get; init; }

    public GradingContext(WorkspaceSnapshot snapshot)
        : this(snapshot, new Dictionary<string, string>())
    {
    }
}
