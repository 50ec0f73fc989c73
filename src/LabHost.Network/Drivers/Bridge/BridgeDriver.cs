using LabHost.Network.DriverApi;

namespace LabHost.Network.Drivers.Bridge;

/// <summary>
/// The bridge driver: a Linux bridge on the host (docker0 or br-&lt;id&gt;) carrying the gateway
/// address, and a veth pair per endpoint with one end in the sandbox.
/// </summary>
public sealed partial class BridgeDriver : IDriver, IEndpointPlumber
{
    public const string BridgeNameOption = "com.docker.network.bridge.name";
    public const string MtuOption = "com.docker.network.driver.mtu";

    public string NetworkType => "bridge";

    public string DefaultScope => Scope.Local;

    public void CreateNetwork(DriverContext context, Network network)
    {
        CheckConflicts(context, network);
        var name = network.Options.GetValueOrDefault(BridgeNameOption) ?? "br-" + network.ShortId;
        var bridge = context.Kernel.Add(name, LinkType.Bridge);
        bridge.MacAddress = MacAddress.Random(context.NewRandomHex);
        if (network.IpamInfos.FirstOrDefault()?.Gateway is { } gateway)
        {
            bridge.Addresses.Add(gateway);
        }

        network.BridgeName = name;
    }

    public void DeleteNetwork(DriverContext context, Network network)
    {
        if (network.BridgeName is { } name && context.Kernel.HostLink(name) is { } link)
        {
            context.Kernel.Remove(link);
        }
    }

    private static void CheckConflicts(DriverContext context, Network network)
    {
        // Docker's bridge driver refuses two bridges whose subnets overlap (possible when two
        // networks ask for the same --subnet with different --ip-range).
        foreach (var other in context.Networks.Where(n => n.NetworkType == "bridge" && n.Id != network.Id))
        {
            var overlaps = other.IpamInfos.Any(o => network.IpamInfos.Any(i =>
                Ipv4.Overlaps(System.Net.IPNetwork.Parse(o.Pool), System.Net.IPNetwork.Parse(i.Pool))));
            if (overlaps)
            {
                throw new NetworkException(
                    ErrorKind.Forbidden,
                    $"cannot create network {network.Id} (br-{network.ShortId}): conflicts with network {other.Id} ({other.BridgeName}): networks have overlapping IPv4");
            }
        }
    }
}
