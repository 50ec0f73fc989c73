using System.Net;
using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>
/// A machine's network stack read from the network engine: the host's links, or one sandbox's
/// loopback and ethN links with routes and resolver. Computed on each read, so it follows every
/// docker network connect at once.
/// </summary>
public sealed class NetworkStackView(NetworkController controller, Func<Sandbox?> sandbox) : INetworkStackView
{
    private static readonly IPAddress EmbeddedDns = IPAddress.Parse("127.0.0.11");

    public IReadOnlyList<LinkInfo> Links
    {
        get
        {
            var box = sandbox();
            var lo = new LinkInfo(1, "lo", LinkKind.Loopback, "00:00:00:00:00:00", 65536, true, true,
                [new AddressInfo(IPAddress.Loopback, 8, null, "host")]) { Qdisc = "noqueue", TxQueueLength = 1000 };
            if (box is null || box.UsesHostStack)
            {
                return controller.Kernel.In(null).Select(l => l.Type == LinkType.Loopback ? lo : ToInfo(l)).ToList();
            }

            return [lo, .. controller.Kernel.In(box.Id).OrderBy(l => l.Index).Select(ToInfo)];
        }
    }

    public IReadOnlyList<RouteInfo> Routes
    {
        get
        {
            var box = sandbox();
            if (box is null || box.UsesHostStack)
            {
                return HostRoutes();
            }

            var routes = new List<RouteInfo>();
            if (controller.GatewayEndpoint(box) is { } gw &&
                NetworkController.GatewayAddress(controller.NetworkById(gw.NetworkId)!) is { } via)
            {
                routes.Add(new RouteInfo(null, via, gw.InterfaceName!, "global", null));
            }

            // The kernel lists connected routes in address order, whatever order they came in.
            foreach (var e in controller.EndpointsOf(box).Where(e => e.InterfaceName is not null && e.IPv4 is not null)
                .OrderBy(e => Ipv4.ToUInt32(e.IPv4!) & Mask(e.PrefixLength)))
            {
                var net = new IPNetwork(Ipv4.FromUInt32(Ipv4.ToUInt32(e.IPv4!) & Mask(e.PrefixLength)), e.PrefixLength);
                routes.Add(new RouteInfo(net, null, e.InterfaceName!, "link", e.IPv4) { Protocol = "kernel" });
            }

            return routes;
        }
    }

    public IReadOnlyList<IPAddress> Nameservers =>
        sandbox() is { UsesHostStack: false } box && controller.UsesEmbeddedDns(box) ? [EmbeddedDns] : [IPAddress.Parse(HostStack.HostGateway)];

    public IPAddress? Resolve(string name)
    {
        if (IPAddress.TryParse(name, out var literal) && Ipv4.IsV4(literal) && name.Count(c => c == '.') == 3)
        {
            return literal;
        }

        return sandbox() is { } box ? controller.ResolveName(box, name) : null;
    }

    public IReadOnlyList<IPAddress> ResolveAll(string name) =>
        Resolve(name) is not { } first ? [] : sandbox() is { } box && controller.ResolveAllNames(box, name) is { Count: > 1 } all ? all : [first];

    public ProbeResult Probe(IPAddress destination)
    {
        var box = sandbox();
        var reach = box is null || box.UsesHostStack ? controller.ProbeFromHost(destination) : controller.Probe(box, destination);
        return reach switch
        {
            Reach.Reply => ProbeResult.Reply,
            Reach.NoReply => ProbeResult.NoReply,
            _ => ProbeResult.NetworkUnreachable,
        };
    }

    /// <summary>
    /// The kernel's default tx_queue_len: 1000 for real and dummy NICs (and lo); veth, bridge,
    /// macvlan and ipvlan devices are created queueless (0), so `ip` prints no "qlen" for them.
    /// </summary>
    private static int TxQueueLength(LinkType type) =>
        type is LinkType.Loopback or LinkType.Ether or LinkType.Dummy ? 1000 : 0;

    private static uint Mask(int prefix) => prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);

    private List<RouteInfo> HostRoutes()
    {
        var routes = new List<RouteInfo> { new(null, IPAddress.Parse(HostStack.HostGateway), "eth0", "global", null) };
        foreach (var link in controller.Kernel.In(null).Where(l => l.Type != LinkType.Loopback))
        {
            foreach (var cidr in link.Addresses)
            {
                Ipv4.TryParseCidr(cidr, out var address, out var net);
                routes.Add(new RouteInfo(net, null, link.Name, "link", address) { Protocol = "kernel" });
            }
        }

        return routes;
    }

    private LinkInfo ToInfo(Link l)
    {
        var kind = l.Type switch
        {
            LinkType.Loopback => LinkKind.Loopback,
            LinkType.Bridge => LinkKind.Bridge,
            LinkType.Veth => LinkKind.Veth,
            LinkType.Macvlan => LinkKind.Macvlan,
            LinkType.Ipvlan => LinkKind.Ipvlan,
            _ => LinkKind.Ethernet,
        };
        var addresses = l.Addresses.Select(a =>
        {
            Ipv4.TryParseCidr(a, out var address, out var net);
            return new AddressInfo(address, net.PrefixLength, Ipv4.Broadcast(net), "global");
        }).ToList();
        var lowerUp = l.Type != LinkType.Bridge || controller.Kernel.Links.Any(o => o.Master == l.Name);
        return new LinkInfo(l.Index, l.Name, kind, l.MacAddress, l.Mtu, l.AdminUp, lowerUp, addresses)
        {
            PeerIndex = l.PeerIndex ?? l.ParentIndex,
            Master = l.Master,
            Qdisc = l.Type is LinkType.Ether or LinkType.Dummy ? "pfifo_fast" : "noqueue",
            TxQueueLength = TxQueueLength(l.Type),
        };
    }
}
