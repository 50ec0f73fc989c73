namespace LabHost.Workspaces.Simulated.Cli.Flags;

/// <summary>One flag of a command: --name, an optional one-letter -s, and its kind.</summary>
public sealed record FlagSpec(string Name, char? Shorthand, FlagKind Kind);
