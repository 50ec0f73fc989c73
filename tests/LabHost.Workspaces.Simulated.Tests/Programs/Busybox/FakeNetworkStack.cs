using System.Net;
using LabHost.Workspaces.Simulated.Machines;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>The ground-truth namespace of tools/busybox-truth/setup.sh as a network view.</summary>
internal sealed class FakeNetworkStack : INetworkStackView
{
    public IReadOnlyList<LinkInfo> Links { get; init; } =
    [
        new(1, "lo", LinkKind.Loopback, "00:00:00:00:00:00", 65536, true, true,
            [new(IPAddress.Parse("127.0.0.1"), 8, null, "host"), new(IPAddress.IPv6Loopback, 128, null, "host")]),
        new(2, "eth0", LinkKind.Veth, "02:42:0a:00:2a:81", 1500, true, true,
            [new(IPAddress.Parse("10.0.42.129"), 24, IPAddress.Parse("10.0.42.255"), "global"), Ipv6LinkLocal.For("02:42:0a:00:2a:81")])
        {
            PeerIndex = 4,
            Counters = new(18, 1592, 6, 516),
        },
        new(3, "eth1", LinkKind.Veth, "02:42:0a:00:2b:81", 1500, true, true,
            [new(IPAddress.Parse("10.0.43.129"), 24, IPAddress.Parse("10.0.43.255"), "global"), Ipv6LinkLocal.For("02:42:0a:00:2b:81")])
        {
            PeerIndex = 5,
            Counters = new(13, 1166, 6, 516),
        },
    ];

    public IReadOnlyList<RouteInfo> Routes { get; init; } =
    [
        new(null, IPAddress.Parse("10.0.42.128"), "eth0", "global", null),
        new(IPNetwork.Parse("10.0.42.0/24"), null, "eth0", "link", IPAddress.Parse("10.0.42.129")) { Protocol = "kernel" },
        new(IPNetwork.Parse("10.0.43.0/24"), null, "eth1", "link", IPAddress.Parse("10.0.43.129")) { Protocol = "kernel" },
    ];

    public IReadOnlyList<IPAddress> Nameservers { get; init; } = [IPAddress.Parse("127.0.0.11")];

    public Dictionary<string, IPAddress> Names { get; } = new(StringComparer.Ordinal)
    {
        ["peer"] = IPAddress.Parse("10.0.42.130"),
        ["vm"] = IPAddress.Parse("127.0.0.1"),
    };

    public HashSet<IPAddress> Answering { get; } = [IPAddress.Parse("10.0.42.130"), IPAddress.Parse("10.0.42.128")];

    public IPAddress? Resolve(string name) => Names.GetValueOrDefault(name);

    public ProbeResult Probe(IPAddress destination) =>
        Answering.Contains(destination) ? ProbeResult.Reply
        : Routes.Any(r => r.Destination is not { } net || net.Contains(destination)) ? ProbeResult.NoReply
        : ProbeResult.NetworkUnreachable;
}
