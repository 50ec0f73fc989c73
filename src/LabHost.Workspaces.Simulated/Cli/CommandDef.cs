using LabHost.Workspaces.Simulated.Cli.Flags;

namespace LabHost.Workspaces.Simulated.Cli;

/// <summary>
/// One docker command: its path ("docker network create"), cobra's usage line, flags, how many
/// arguments it takes and what it does.
/// </summary>
public sealed record CommandDef(
    string Path,
    string Usage,
    string Short,
    IReadOnlyList<FlagSpec> Flags,
    ArgsRule Args,
    Func<DockerContext, ParsedArgs, Task<int>> Run)
{
    /// <summary>False for run/exec/create: flags end at the first argument.</summary>
    public bool Interspersed { get; init; } = true;

    /// <summary>Other names (docker ps for docker container ls, rm for remove).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string Name => Path[(Path.LastIndexOf(' ') + 1)..];
}
