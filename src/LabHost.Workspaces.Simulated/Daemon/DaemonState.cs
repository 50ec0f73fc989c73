using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>Everything the simulated daemon knows, as plain serialisable data.</summary>
public sealed class DaemonState
{
    public NetworkState Network { get; set; } = new();

    public List<Container> Containers { get; set; } = [];

    public List<Image> Images { get; set; } = [];

    /// <summary>Swarm node id while the node is a swarm manager.</summary>
    public string? SwarmNodeId { get; set; }

    /// <summary>Seconds since the Unix epoch at which this daemon started (its clock's origin).</summary>
    public DateTimeOffset StartedAt { get; set; }
}
