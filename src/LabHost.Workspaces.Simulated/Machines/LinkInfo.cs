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

    /// <summary>Transmit queue length; `ip` prints "qlen N" only when it is not 0.</summary>
    public int TxQueueLength { get; init; } = 1000;

    /// <summary>
    /// The kernel's operstate ("UP", "DOWN", "UNKNOWN"...); null derives it: UNKNOWN for
    /// loopback, UP when up with carrier, else DOWN.
    /// </summary>
    public string? OperState { get; init; }

    /// <summary>iproute2's "link-netnsid N" for a veth whose peer is in another namespace.</summary>
    public int? LinkNetnsId { get; init; }

    /// <summary>Packet and byte counters as ifconfig shows them.</summary>
    public LinkCounters Counters { get; init; } = LinkCounters.Zero;

    public string EffectiveOperState =>
        OperState ?? (Kind == LinkKind.Loopback ? "UNKNOWN" : Up && LowerUp ? "UP" : "DOWN");
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

/// <summary>
/// One address on a link, IPv4 or IPv6. Scope is "global", "link" or "host". IPv6 link-local
/// and ::1 addresses are listed here too (see <see cref="Ipv6LinkLocal"/>).
/// </summary>
public sealed record AddressInfo(IPAddress Address, int PrefixLength, IPAddress? Broadcast, string Scope);

/// <summary>One IPv4 route; Destination null is the default route.</summary>
public sealed record RouteInfo(IPNetwork? Destination, IPAddress? Gateway, string Device, string Scope, IPAddress? Source)
{
    /// <summary>"kernel" for connected routes; busybox ip never prints it, iproute2 does.</summary>
    public string? Protocol { get; init; }

    public int Metric { get; init; }
}
