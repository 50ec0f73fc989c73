using LabHost.Grading.Scoring;

namespace LabHost.Classes.Gradebook;

public enum StepStatus
{
    NotStarted,
    Current,
    Done,
}

/// <summary>One learner's step of one exercise.</summary>
public sealed record GradebookCell(string StepId, StepStatus Status, int Attempts, DateTime? FirstPassAt, int Hints, bool SolutionUsed);

/// <summary>
/// One learner × one exercise: a cell per step, the score, and the step they are on with the time
/// they began it (the previous step's completion, or their first activity in the lab).
/// </summary>
public sealed record GradebookRow(
    GradebookLearner Learner,
    GradebookExercise Exercise,
    IReadOnlyList<GradebookCell> Cells,
    ExerciseScore Score,
    string? CurrentStepId,
    DateTime? CurrentStepSince,
    DateTime? LastActivity)
{
    public int DoneCount => Cells.Count(c => c.Status == StepStatus.Done);

    public bool IsComplete => Cells.Count > 0 && DoneCount == Cells.Count;

    /// <summary>How long the learner has been on their current step; null when done or not started.</summary>
    public TimeSpan? OnStepFor(DateTime now) =>
        IsComplete || CurrentStepSince is not { } since ? null : now - since;

    public bool IsStuck(DateTime now, TimeSpan longerThan) => OnStepFor(now) is { } on && on > longerThan;
}
