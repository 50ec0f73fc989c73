namespace LabHost.Labs.Model;

/// <summary>
/// A check as written in lab.yaml, before the grader types it: its kind and every other key of
/// the mapping, in file order. Language-neutral; feedback text comes from the kind.
/// </summary>
public sealed record CheckSpec(string Kind, IReadOnlyDictionary<string, CheckValue> Parameters, int Line, int Column)
{
    public CheckValue? this[string name] => Parameters.TryGetValue(name, out var value) ? value : null;
}
