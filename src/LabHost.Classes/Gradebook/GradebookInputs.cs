using LabHost.Grading.Scoring;

namespace LabHost.Classes.Gradebook;

/// <summary>An exercise as the gradebook sees it: the lab's steps in order, its title per language, due date (UTC) and policy.</summary>
public sealed record GradebookExercise(int Id, string LabId, string Title, IReadOnlyList<string> StepIds, DateTime? DueAt, ScoringPolicy Policy);

/// <summary>A class member: learner id (the learner cookie), the name and student number they joined with.</summary>
public sealed record GradebookLearner(string LearnerId, string Name, string? StudentNumber)
{
    /// <summary>The student number when given, else the start of the learner id (stable, never empty).</summary>
    public string StudentId => string.IsNullOrWhiteSpace(StudentNumber) ? LearnerId[..Math.Min(8, LearnerId.Length)] : StudentNumber;
}

/// <summary>A stored step of a learner's lab (the progress store's step_progress row).</summary>
public sealed record StepRecord(string LearnerId, string LabId, string StepId, DateTime? CompletedAt, int HintsViewed, bool SolutionViewed);

/// <summary>A stored learner event (check attempt, completion, hint, solution, command ...), times in UTC.</summary>
public sealed record ActivityRecord(string LearnerId, string LabId, string? StepId, string Kind, bool? Passed, DateTime At, string? Detail = null);

/// <summary>The event kinds the gradebook reads; the same strings as the web app's LearnerEventKinds.</summary>
public static class ActivityKinds
{
    public const string CheckAttempt = "check-attempt";
    public const string StepCompleted = "step-completed";
    public const string HintViewed = "hint-viewed";
    public const string SolutionViewed = "solution-viewed";
    public const string Command = "command";
}
