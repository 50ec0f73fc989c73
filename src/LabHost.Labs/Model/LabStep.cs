namespace LabHost.Labs.Model;

/// <summary>A step of a lab: done when all its checks pass. <paramref name="Line"/> is 1-based in lab.yaml.</summary>
public sealed record LabStep(
    string Id,
    int Line,
    IReadOnlyList<CheckSpec> Checks,
    IReadOnlyList<LocalizedText> Hints,
    IReadOnlyList<string> Solution);
