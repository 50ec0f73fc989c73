namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// Bounds on one execution so that a student's template cannot hang or flood a workspace.
/// Real Docker has no such limits; exceeding one raises a <see cref="TemplateException"/>.
/// </summary>
public sealed record TemplateLimits
{
    public static TemplateLimits Default { get; } = new();

    /// <summary>Longest output, and longest string any function may build, in chars.</summary>
    public int MaxOutputChars { get; init; } = 1 << 20;

    /// <summary>Evaluation steps (nodes walked, loop iterations) before execution stops.</summary>
    public int MaxSteps { get; init; } = 1_000_000;

    /// <summary>Go's Option("missingkey=error"): a missing map key fails instead of printing &lt;no value&gt;.</summary>
    public bool MissingKeyError { get; init; }
}
