namespace LabHost.Workspaces;

/// <summary>
/// Bounds that keep one learner from exhausting a server. Each is enforced with a message that
/// says which limit was hit and what to do, in the terminal where the learner sees it.
/// </summary>
public sealed record WorkspaceLimits
{
    public static WorkspaceLimits Default { get; } = new();

    /// <summary>Containers, running or not.</summary>
    public int MaxContainers { get; init; } = 50;

    /// <summary>User-defined networks (the engine's own bridge, host and none do not count).</summary>
    public int MaxNetworks { get; init; } = 30;

    /// <summary>Characters in one command line, continuation lines included.</summary>
    public int MaxLineLength { get; init; } = 4096;

    /// <summary>Characters one command may print (stdout and stderr together) before it is cut off.</summary>
    public int MaxOutputPerCommand { get; init; } = 1 << 20;

    /// <summary>Characters of terminal output kept to repaint a reconnecting terminal (the newest).</summary>
    public int MaxScreenChars { get; init; } = 1 << 16;

    /// <summary>Commands kept for the grader (the newest).</summary>
    public int MaxRecordedCommands { get; init; } = 1000;

    /// <summary>Bytes accepted in one <see cref="ITerminalSession.WriteInputAsync"/> call (a paste).</summary>
    public int MaxInputBytes { get; init; } = 1 << 16;
}
