using LabHost.Network.DriverApi;

namespace LabHost.Network.Drivers.Bridge;

public sealed partial class BridgeDriver
{
    public void Join(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox)
    {
        // The kernel registers a veth's peer first: the sandbox end gets the lower index.
        var inner = context.Kernel.Add(endpoint.InterfaceName!, LinkType.Veth, sandbox.Id);
        var outer = context.Kernel.Add("veth" + context.NewRandomHex(7), LinkType.Veth);
        inner.MacAddress = endpoint.MacAddress!;
        if (network.Options.GetValueOrDefault(MtuOption) is { } mtu && int.TryParse(mtu, out var value))
        {
            inner.Mtu = outer.Mtu = value;
        }

        inner.PeerIndex = outer.Index;
        inner.Addresses.Add(endpoint.Address!);
        outer.PeerIndex = inner.Index;
        outer.Master = network.BridgeName;
        outer.MacAddress = MacAddress.Random(context.NewRandomHex);
        endpoint.InterfaceIndex = inner.Index;
        endpoint.PeerIndex = outer.Index;
        endpoint.HostVethName = outer.Name;
    }

    public void Leave(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox)
    {
        context.Kernel.Links.RemoveAll(l => l.Index == endpoint.InterfaceIndex || l.Index == endpoint.PeerIndex);
    }
}
