namespace LabHost.Grading.Testing;

/// <summary>What `labhost test` found for one lab: a problem list per step (empty when the step is sound).</summary>
public sealed record LabTestReport(string LabId, IReadOnlyList<StepTestResult> Steps, IReadOnlyList<string> EmptyMachineProblems)
{
    public bool Passed => EmptyMachineProblems.Count == 0 && Steps.All(s => s.Problems.Count == 0);
}

/// <summary>One step's test: the problems found (in English, for the lab's author) and how long it took.</summary>
public sealed record StepTestResult(string StepId, IReadOnlyList<string> Problems, TimeSpan Duration)
{
    /// <summary>The commands the workspace recorded during the step (where, status, text), to explain a failure.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];
}
