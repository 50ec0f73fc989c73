using LabHost.Grading;

namespace LabHost.Web.Sessions;

/// <summary>
/// One run of a step's checks: the step, each check's result, and the steps that completed
/// because of it (the checked step, and any following steps whose checks already passed).
/// </summary>
public sealed record Evaluation(string? StepId, IReadOnlyList<CheckResult> Results, IReadOnlyList<string> CompletedSteps)
{
    public static Evaluation None { get; } = new(null, [], []);

    public bool Passed => Results.Count > 0 && Results.All(r => r.Passed);
}
