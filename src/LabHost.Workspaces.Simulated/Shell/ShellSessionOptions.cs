using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell.Editing;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>How a <see cref="ShellSession"/> looks and what bounds it.</summary>
public sealed record ShellSessionOptions
{
    /// <summary>PS1 from the state; null: ash's "\w # " ("/ # ", "~ # "), bash's machine prompt.</summary>
    public Func<ShellState, string>? Prompt { get; init; }

    public ShellLimits Limits { get; init; } = ShellLimits.Default;

    public ProcessClock Clock { get; init; } = ProcessClock.Real;

    /// <summary>Keys that detach this session when it is a foreground console (docker: "\u0010\u0011").</summary>
    public string? DetachKeys { get; init; }

    /// <summary>Makes the Tab completion source; null: <see cref="ShellCompletionSource"/>.</summary>
    public Func<ShellInterpreter, ICompletionSource>? Completion { get; init; }
}
