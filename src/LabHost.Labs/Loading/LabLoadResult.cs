using LabHost.Labs.Model;

namespace LabHost.Labs.Loading;

/// <summary>
/// The lab as far as it could be read, and what is wrong with it. <see cref="Lab"/> is null only
/// when lab.yaml is missing or is not YAML at all.
/// </summary>
public sealed record LabLoadResult(LabDefinition? Lab, IReadOnlyList<LabDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
