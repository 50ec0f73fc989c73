using System.Collections.Immutable;

namespace LabHost.Workspaces.Snapshots;

/// <summary>One network as `docker network inspect` describes it.</summary>
public sealed record NetworkSnapshot(
    string Id,
    string Name,
    string Driver,
    string Scope,
    ImmutableArray<IpamPoolSnapshot> Ipam,
    ImmutableSortedDictionary<string, string> Labels,
    ImmutableSortedDictionary<string, string> Options,
    bool Internal,
    bool Attachable,
    bool Ingress)
{
    /// <summary>True for the engine's own bridge, host and none.</summary>
    public bool IsPredefined { get; init; }
}
