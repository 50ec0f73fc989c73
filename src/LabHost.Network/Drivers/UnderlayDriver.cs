using LabHost.Network.DriverApi;

namespace LabHost.Network.Drivers;

/// <summary>
/// What macvlan and ipvlan share: a parent interface on the host (-o parent=eth0, or a dummy
/// dm-&lt;id&gt; when none is given), a mode option, and sub-interfaces placed straight in sandboxes.
/// </summary>
public abstract class UnderlayDriver : IDriver, IEndpointPlumber
{
    public const string ParentOption = "parent";

    public abstract string NetworkType { get; }

    public string DefaultScope => Scope.Local;

    protected abstract string ModeOption { get; }

    protected abstract IReadOnlyList<string> Modes { get; }

    protected abstract LinkType SubInterfaceType { get; }

    public void CreateNetwork(DriverContext context, Network network)
    {
        if (network.Options.TryGetValue(ModeOption, out var mode) && !Modes.Contains(mode))
        {
            throw new NetworkException(ErrorKind.InvalidParameter, InvalidModeMessage(mode));
        }

        if (!network.Options.TryGetValue(ParentOption, out var parent))
        {
            context.Kernel.Add("dm-" + network.ShortId, LinkType.Dummy).MacAddress = MacAddress.Random(context.NewRandomHex);
            return;
        }

        if (context.Kernel.HostLink(parent) is null)
        {
            CreateVlanLink(context, parent);
        }

        var user = context.Networks.FirstOrDefault(n => n.Id != network.Id && n.NetworkType == NetworkType &&
            n.Options.GetValueOrDefault(ParentOption) == parent);
        if (user is not null)
        {
            throw new NetworkException(ErrorKind.Forbidden, $"network {user.Name} is already using parent interface {parent}");
        }
    }

    public void DeleteNetwork(DriverContext context, Network network)
    {
        if (context.Kernel.HostLink("dm-" + network.ShortId) is { } dummy)
        {
            context.Kernel.Remove(dummy);
        }

        // Docker deletes a VLAN link it made for the network (libnetwork's CreatedSlaveLink) and
        // leaves a parent that was there before; on the simulated host the only link with a
        // parent is one CreateVlanLink made.
        if (network.Options.GetValueOrDefault(ParentOption) is { } parent &&
            context.Kernel.HostLink(parent) is { Type: LinkType.Ether, ParentIndex: not null } vlan)
        {
            context.Kernel.Remove(vlan);
        }
    }

    public void Join(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox)
    {
        var parentName = network.Options.GetValueOrDefault(ParentOption) ?? "dm-" + network.ShortId;
        var parent = context.Kernel.HostLink(parentName)!;
        var link = context.Kernel.Add(endpoint.InterfaceName!, SubInterfaceType, sandbox.Id);
        link.ParentIndex = parent.Index;
        link.MacAddress = endpoint.MacAddress ?? parent.MacAddress;
        link.Addresses.Add(endpoint.Address!);
        endpoint.InterfaceIndex = link.Index;
    }

    public void Leave(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox) =>
        context.Kernel.Links.RemoveAll(l => l.Index == endpoint.InterfaceIndex);

    protected abstract string InvalidModeMessage(string mode);

    /// <summary>
    /// A parent that does not exist must name a VLAN of one that does (eth0.10): Docker then
    /// creates that VLAN link. Otherwise it refuses, in these words.
    /// </summary>
    private static void CreateVlanLink(DriverContext context, string parent)
    {
        var dot = parent.IndexOf('.');
        if (dot <= 0 || !int.TryParse(parent.AsSpan(dot + 1), out var vlan) || vlan is < 1 or > 4094)
        {
            throw new NetworkException(ErrorKind.InvalidParameter, $"invalid subinterface vlan name {parent}, example formatting is eth0.10");
        }

        var physical = context.Kernel.HostLink(parent[..dot])
            ?? throw new NetworkException(ErrorKind.InvalidParameter, $"-o parent interface was not found on the host: {parent[..dot]}");
        var link = context.Kernel.Add(parent, LinkType.Ether);
        link.MacAddress = physical.MacAddress;
        link.ParentIndex = physical.Index;
    }
}
