namespace LabHost.Labs.Model;

/// <summary>A YAML mapping; enumerating <see cref="Entries"/> gives the keys in file order.</summary>
public sealed record CheckMap(IReadOnlyDictionary<string, CheckValue> Entries, int Line, int Column) : CheckValue(Line, Column);
