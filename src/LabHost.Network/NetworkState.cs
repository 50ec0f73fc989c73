using LabHost.Network.Ipams.Default;

namespace LabHost.Network;

/// <summary>Everything the network engine knows, as plain serialisable data.</summary>
public sealed class NetworkState
{
    public List<Network> Networks { get; set; } = [];

    public List<Sandbox> Sandboxes { get; set; } = [];

    public Kernel Kernel { get; set; } = new();

    public DefaultIpam Ipam { get; set; } = new();

    public IdGenerator Ids { get; set; } = new();

    /// <summary>True after `docker swarm init` (overlay networks become possible).</summary>
    public bool SwarmActive { get; set; }
}
