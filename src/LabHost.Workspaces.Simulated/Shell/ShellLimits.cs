namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Bounds that keep one student's typing from exhausting the server.</summary>
public sealed record ShellLimits
{
    public static ShellLimits Default { get; } = new();

    /// <summary>Longest command line accepted (characters, continuation lines included).</summary>
    public int MaxLineLength { get; init; } = 4096;

    /// <summary>Characters one command line may write (stdout and stderr together) before truncation.</summary>
    public int MaxOutputChars { get; init; } = 1 << 20;

    public int MaxPipelineLength { get; init; } = 16;

    public int MaxHistory { get; init; } = 1000;
}
