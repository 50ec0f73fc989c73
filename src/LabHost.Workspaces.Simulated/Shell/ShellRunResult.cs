namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>A command line's status, and whether it ran `exit` (the shell should end).</summary>
public sealed record ShellRunResult(int ExitStatus, bool ExitRequested);
