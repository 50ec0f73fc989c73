using LabHost.Grading.Checks;
using LabHost.Grading.Parsing;
using LabHost.Labs.Model;

namespace LabHost.Grading.Labs;

/// <summary>
/// The bridge from lab.yaml as LabHost.Labs reads it (<see cref="CheckSpec"/>) to the grader's
/// input (<see cref="CheckInput"/>): scalars become strings, lists lists, maps string-keyed maps.
/// Stateless; safe for concurrent use.
/// </summary>
public static class CheckSpecs
{
    public static CheckInput ToInput(CheckSpec spec) =>
        new(spec.Kind, spec.Parameters.ToDictionary(p => p.Key, p => Value(p.Value), StringComparer.Ordinal), spec.Line);

    /// <summary>The typed check, or null with the problems that prevent it.</summary>
    public static (Check? Check, IReadOnlyList<string> Problems) Parse(CheckSpec spec) => CheckParser.Parse(ToInput(spec));

    private static object? Value(CheckValue value) => value switch
    {
        CheckScalar scalar => scalar.Value,
        CheckList list => list.Items.Select(Value).ToList(),
        CheckMap map => (IReadOnlyDictionary<string, object?>)map.Entries.ToDictionary(e => e.Key, e => Value(e.Value), StringComparer.Ordinal),
        _ => null,
    };
}
