using System.Net;

namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>One link as `ip link` shows it: "18: eth0@if19: &lt;BROADCAST,...&gt; mtu 1500 ...".</summary>
public sealed record LinkInfo(
    int Index,
    string Name,
    LinkKind Kind,
    string MacAddress,
    int Mtu,
    bool Up,
    bool LowerUp,
    IReadOnlyList<AddressInfo> Addresses)
{
    /// <summary>The peer's index for a veth ("eth0@if19"), or null.</summary>
    public int? PeerIndex { get; init; }

    /// <summary>The bridge this link is enslaved to ("master docker0"), or null.</summary>
    public string? Master { get; init; }

    /// <summary>A macvlan/ipvlan link's parent shown as "@eth0" style suffix, or null.</summary>
    public string? ParentName { get; init; }

    public string Qdisc { get; init; } = "noqueue";
}

public enum LinkKind
{
    Loopback,
    Ethernet,
    Bridge,
    Veth,
    Macvlan,
    Ipvlan,
}

public sealed record AddressInfo(IPAddress Address, int PrefixLength, IPAddress? Broadcast, string Scope);

/// <summary>One IPv4 route; Destination null is the default route.</summary>
public sealed record RouteInfo(IPNetwork? Destination, IPAddress? Gateway, string Device, string Scope, IPAddress? Source)
{
    public string? Protocol { get; init; }
}
