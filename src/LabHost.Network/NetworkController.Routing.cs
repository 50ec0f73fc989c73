using System.Net;

namespace LabHost.Network;

public sealed partial class NetworkController
{
    /// <summary>
    /// The endpoint that gives the sandbox its default route. Docker orders a sandbox's endpoints
    /// (internal networks last, then by network name) and takes the first one with a gateway —
    /// an internal network's too: 20.10 still installs its default route. So
    /// connecting a network whose name sorts first moves the default route to it.
    /// </summary>
    public Endpoint? GatewayEndpoint(Sandbox sandbox) =>
        EndpointsOf(sandbox)
            .Select(e => (Endpoint: e, Network: NetworkById(e.NetworkId)!))
            .Where(x => x.Network.NetworkType != "host" && x.Network.NetworkType != "null")
            .OrderBy(x => x.Network.Internal)
            .ThenBy(x => x.Network.Name, StringComparer.Ordinal)
            .Where(x => GatewayAddress(x.Network) is not null)
            .Select(x => x.Endpoint)
            .FirstOrDefault();

    /// <summary>The gateway a container on the network routes through, without prefix.</summary>
    public static IPAddress? GatewayAddress(Network network)
    {
        // An overlay gives containers no way out (docker_gwbridge does), nor does ipvlan in L3 mode.
        if (network.NetworkType == "overlay" || (network.NetworkType == "ipvlan" && Drivers.Ipvlan.IpvlanDriver.IsL3(network)))
        {
            return null;
        }

        var gateway = network.IpamInfos.FirstOrDefault()?.Gateway;
        return gateway is null ? null : IPAddress.Parse(gateway[..gateway.IndexOf('/')]);
    }

    /// <summary>Whether an echo request from the sandbox to the address is answered.</summary>
    public Reach Probe(Sandbox from, IPAddress to)
    {
        if (to.GetAddressBytes()[0] == 127 || OwnAddresses(from).Contains(to))
        {
            return Reach.Reply;
        }

        foreach (var endpoint in EndpointsOf(from))
        {
            var network = NetworkById(endpoint.NetworkId)!;
            var subnet = IPNetwork.Parse(network.IpamInfos.FirstOrDefault()?.Pool ?? "0.0.0.0/32");
            if (network.IpamInfos.Count == 0 || !subnet.Contains(to))
            {
                continue;
            }

            var peer = network.Endpoints.Any(e => e.IPv4 is { } a && a.Equals(to));
            var gatewayAnswers = network.NetworkType == "bridge" && to.Equals(GatewayAddress(network));
            return peer || gatewayAnswers ? Reach.Reply : Reach.NoReply;
        }

        if (GatewayEndpoint(from) is not { } via)
        {
            return Reach.NetworkUnreachable;
        }

        // Off-link traffic goes to the gateway. Only a bridge's gateway is the host, which answers
        // for its own addresses; Docker's isolation rules drop traffic to other bridges.
        var viaNetwork = NetworkById(via.NetworkId)!;
        var viaBridge = viaNetwork.NetworkType == "bridge" && !viaNetwork.Internal;
        return viaBridge && HostAddresses().Contains(to) ? Reach.Reply : Reach.NoReply;
    }

    /// <summary>Whether an echo request from the host itself is answered.</summary>
    public Reach ProbeFromHost(IPAddress to)
    {
        if (to.GetAddressBytes()[0] == 127 || HostAddresses().Contains(to))
        {
            return Reach.Reply;
        }

        var onBridge = State.Networks.Where(n => n.NetworkType == "bridge")
            .SelectMany(n => n.Endpoints).Any(e => e.IPv4 is { } a && a.Equals(to));
        return onBridge ? Reach.Reply : Reach.NoReply;
    }

    public IReadOnlyCollection<IPAddress> HostAddresses() =>
        Kernel.In(null).SelectMany(l => l.Addresses).Select(a => IPAddress.Parse(a[..a.IndexOf('/')])).ToHashSet();

    private HashSet<IPAddress> OwnAddresses(Sandbox sandbox) =>
        EndpointsOf(sandbox).Select(e => e.IPv4).OfType<IPAddress>().ToHashSet();
}
