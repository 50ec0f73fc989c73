namespace LabHost.Labs.Model;

/// <summary>What <c>lab.yaml</c> says about a lab. Immutable; safe for concurrent use.</summary>
public sealed record LabDefinition(
    string Id,
    LocalizedText Title,
    LocalizedText Summary,
    string Workspace,
    int? Minutes,
    IReadOnlyList<LabStep> Steps);
