namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>One line the user ran and the status it ended with (what the grader records).</summary>
public sealed record HistoryEntry(string Line, int ExitStatus);
