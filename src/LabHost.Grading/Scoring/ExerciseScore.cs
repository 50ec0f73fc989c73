namespace LabHost.Grading.Scoring;

/// <summary>
/// An exercise's score: Raw is the points of the completed steps, Penalties what solutions and
/// lateness took away, Score = Raw - Penalties out of Max. CompletedAt is when the last step was
/// completed, once all are.
/// </summary>
public sealed record ExerciseScore(double Raw, double Penalties, double Score, double Max, DateTimeOffset? CompletedAt, IReadOnlyList<StepScore> Steps);

/// <summary>One step's part of the score.</summary>
public sealed record StepScore(string StepId, double Points, double Earned, double SolutionPenalty, double LatePenalty);
