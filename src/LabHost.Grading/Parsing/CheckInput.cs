namespace LabHost.Grading.Parsing;

/// <summary>
/// A check as lab.yaml spells it, before typing: its kind and parameters. Values are strings
/// (YAML scalars), lists of values, or string-keyed maps of values.
/// </summary>
public sealed record CheckInput(string Kind, IReadOnlyDictionary<string, object?> Parameters, int Line = 0);
