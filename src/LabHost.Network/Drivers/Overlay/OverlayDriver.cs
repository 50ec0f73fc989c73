using LabHost.Network.DriverApi;

namespace LabHost.Network.Drivers.Overlay;

/// <summary>
/// overlay: a VXLAN-backed network spanning swarm nodes. On one simulated node it behaves like a
/// bridge inside a hidden namespace; endpoints get a veth whose peer is not visible on the host.
/// </summary>
public sealed class OverlayDriver : IDriver, IEndpointPlumber
{
    public string NetworkType => "overlay";

    public string DefaultScope => Scope.Swarm;

    public void CreateNetwork(DriverContext context, Network network)
    {
    }

    public void DeleteNetwork(DriverContext context, Network network)
    {
    }

    public void Join(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox)
    {
        var inner = context.Kernel.Add(endpoint.InterfaceName!, LinkType.Veth, sandbox.Id);
        inner.MacAddress = endpoint.MacAddress!;
        inner.Mtu = 1450;
        inner.Addresses.Add(endpoint.Address!);

        // The peer lives in the overlay's own namespace, so its index is taken but never shown.
        inner.PeerIndex = context.Kernel.NextIndex++;
        endpoint.InterfaceIndex = inner.Index;
        endpoint.PeerIndex = inner.PeerIndex;
    }

    public void Leave(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox) =>
        context.Kernel.Links.RemoveAll(l => l.Index == endpoint.InterfaceIndex);
}
