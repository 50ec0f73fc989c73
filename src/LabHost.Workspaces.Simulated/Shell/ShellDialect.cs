namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Which real shell the simulated one imitates: its error wording and builtins.</summary>
public enum ShellDialect
{
    /// <summary>busybox ash, the `sh` of an Alpine container (prompt "/ # ").</summary>
    Ash,

    /// <summary>bash on the workspace's host.</summary>
    Bash,
}
