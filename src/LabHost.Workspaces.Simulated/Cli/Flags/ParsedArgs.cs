namespace LabHost.Workspaces.Simulated.Cli.Flags;

/// <summary>The flags given (by long name) and the positional arguments, in order.</summary>
public sealed class ParsedArgs
{
    public Dictionary<string, List<string>> Values { get; } = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public bool Has(string name) => Values.ContainsKey(name);

    public bool Bool(string name) => Values.TryGetValue(name, out var v) && v[^1] == "true";

    public string? String(string name) => Values.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> List(string name) => Values.TryGetValue(name, out var v) ? v : [];
}
