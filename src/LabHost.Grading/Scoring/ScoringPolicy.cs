namespace LabHost.Grading.Scoring;

/// <summary>
/// How an exercise is scored: points per step (with per-step overrides), what viewing a step's
/// solution before completing it costs, and what completing a step after the due date costs.
/// </summary>
public sealed record ScoringPolicy
{
    public double PointsPerStep { get; init; } = 10;

    /// <summary>Points for particular steps, by step id, instead of PointsPerStep.</summary>
    public IReadOnlyDictionary<string, double> StepPoints { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// The fraction of a step's points kept when its solution was viewed before the step was
    /// completed (0.5: half). 1 makes solutions free; 0 makes them worth nothing.
    /// </summary>
    public double SolutionViewedKeeps { get; init; } = 0.5;

    public LatePolicy Late { get; init; } = LatePolicy.Accept;

    public double PointsFor(string stepId) => StepPoints.TryGetValue(stepId, out var points) ? points : PointsPerStep;
}
