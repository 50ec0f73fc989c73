namespace LabHost.Network;

/// <summary>
/// A network (CNM): a named group of endpoints that can talk to each other, provided by one
/// driver. Plain data so a workspace can be saved and restored; the controller mutates it.
/// </summary>
public sealed class Network
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string NetworkType { get; set; }

    public required string Scope { get; set; }

    public DateTimeOffset Created { get; set; }

    public bool Internal { get; set; }

    public bool Attachable { get; set; }

    public bool Ingress { get; set; }

    public bool EnableIPv6 { get; set; }

    public string IpamDriver { get; set; } = "default";

    public List<IpamConfig> IpamConfigs { get; set; } = [];

    public List<IpamInfo> IpamInfos { get; set; } = [];

    public Dictionary<string, string> Options { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Endpoints in the order they were created.</summary>
    public List<Endpoint> Endpoints { get; set; } = [];

    /// <summary>The host-side interface of a bridge network (docker0, br-&lt;id&gt;); null otherwise.</summary>
    public string? BridgeName { get; set; }

    /// <summary>
    /// An overlay's load-balancer address on this node, taken when the first local container
    /// joins (so that container gets .2 and the next one .4).
    /// </summary>
    public string? LoadBalancerAddress { get; set; }

    /// <summary>True for the three networks the daemon makes itself (bridge, host, none).</summary>
    public bool IsPredefined { get; set; }

    /// <summary>True for a user-defined network: embedded DNS serves its container names.</summary>
    public bool IsUserDefined => !IsPredefined;

    public string ShortId => Id[..12];
}
