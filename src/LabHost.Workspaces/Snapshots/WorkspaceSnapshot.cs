using System.Collections.Immutable;

namespace LabHost.Workspaces.Snapshots;

/// <summary>
/// What the grader reads: the workspace's networks, containers and the commands typed, taken at
/// one moment between two commands. Immutable; compare two with <see cref="WorkspaceSnapshotJson"/>
/// (the immutable collections inside compare by reference).
/// </summary>
public sealed record WorkspaceSnapshot(
    string WorkspaceId,
    DateTimeOffset TakenAt,
    ImmutableArray<NetworkSnapshot> Networks,
    ImmutableArray<ContainerSnapshot> Containers,
    bool SwarmActive,
    ImmutableArray<CommandRecord> Commands)
{
    public NetworkSnapshot? Network(string name) => Networks.FirstOrDefault(n => n.Name == name);

    public ContainerSnapshot? Container(string name) => Containers.FirstOrDefault(c => c.Name == name);
}
