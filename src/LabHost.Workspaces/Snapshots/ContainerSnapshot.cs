using System.Collections.Immutable;

namespace LabHost.Workspaces.Snapshots;

/// <summary>One container: its state and, while it runs, its interfaces in connection order.</summary>
public sealed record ContainerSnapshot(
    string Id,
    string Name,
    string Image,
    ContainerState State,
    ImmutableArray<InterfaceSnapshot> Interfaces)
{
    /// <summary>The main process's exit status once the container has exited; null before.</summary>
    public int? ExitCode { get; init; }

    public InterfaceSnapshot? Interface(string name) => Interfaces.FirstOrDefault(i => i.Name == name);
}
