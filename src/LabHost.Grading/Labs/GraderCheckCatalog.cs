using LabHost.Grading.Parsing;
using LabHost.Labs.Lint;
using LabHost.Labs.Model;

namespace LabHost.Grading.Labs;

/// <summary>What lint asks of the grader: its check kinds and each check's parameter problems. Stateless.</summary>
public sealed class GraderCheckCatalog : ICheckCatalog
{
    public static GraderCheckCatalog Instance { get; } = new();

    public IReadOnlyList<string> Kinds => CheckParser.KnownKinds;

    public IReadOnlyList<string> Validate(CheckSpec check) => CheckSpecs.Parse(check).Problems;
}
