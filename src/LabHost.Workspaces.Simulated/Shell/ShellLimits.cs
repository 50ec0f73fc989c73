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

    /// <summary>
    /// How deep $(...), `...` and $((...)) may nest. Each level is a parser and an interpreter
    /// frame on the stack; the captured output of all levels shares <see cref="MaxOutputChars"/>.
    /// </summary>
    public int MaxSubstitutionDepth { get; init; } = 32;

    public int MaxHistory { get; init; } = 1000;
}
