namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Everything a shell remembers, as plain data to save and restore (JSON friendly).</summary>
public sealed record ShellSnapshot(
    ShellDialect Dialect,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<string> Exported,
    int LastStatus,
    IReadOnlyList<HistoryEntry> History);
