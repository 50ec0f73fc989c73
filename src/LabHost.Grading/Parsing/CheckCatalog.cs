using LabHost.Labs.Lint;
using LabHost.Labs.Model;

namespace LabHost.Grading.Parsing;

/// <summary>
/// The grader's check kinds as lab lint sees them, and the bridge from lab.yaml's untyped
/// checks (CheckSpec) to the grader's typed ones.
/// </summary>
public sealed class CheckCatalog : ICheckCatalog
{
    public static CheckCatalog Instance { get; } = new();

    public IReadOnlyList<string> Kinds => CheckParser.KnownKinds;

    public IReadOnlyList<string> Validate(CheckSpec check) => CheckParser.Parse(ToInput(check)).Problems;

    /// <summary>The typed check; throws for a check lint would have refused.</summary>
    public static Checks.Check ToCheck(CheckSpec spec)
    {
        var (check, problems) = CheckParser.Parse(ToInput(spec));
        return check ?? throw new InvalidOperationException($"lab.yaml:{spec.Line}: {string.Join("; ", problems)}");
    }

    public static CheckInput ToInput(CheckSpec spec) =>
        new(spec.Kind, spec.Parameters.ToDictionary(p => p.Key, p => Value(p.Value)), spec.Line);

    private static object? Value(CheckValue value) => value switch
    {
        CheckScalar scalar => scalar.Value,
        CheckList list => list.Items.Select(Value).ToList(),
        CheckMap map => (IReadOnlyDictionary<string, object?>)map.Entries.ToDictionary(e => e.Key, e => Value(e.Value)),
        _ => null,
    };
}
