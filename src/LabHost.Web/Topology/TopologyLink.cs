namespace LabHost.Web.Topology;

/// <summary>
/// One interface of a container and what joins it to its network: a veth pair into the bridge
/// for bridge networks, the driver's own kind otherwise. Drawn from (X, Top) at the container to
/// (X, Bottom) at the network bar.
/// </summary>
public sealed record TopologyLink(string Container, string Interface, string? Address, string Network, string Kind, double X, double Top, double Bottom);
