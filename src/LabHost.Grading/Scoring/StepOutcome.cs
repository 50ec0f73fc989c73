namespace LabHost.Grading.Scoring;

/// <summary>What a learner did with one step: when it was completed, when its solution was first shown, hints used.</summary>
public sealed record StepOutcome(string StepId, DateTimeOffset? CompletedAt, DateTimeOffset? SolutionViewedAt = null, int HintsViewed = 0);
