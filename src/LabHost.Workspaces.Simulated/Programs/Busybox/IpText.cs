using System.Net;
using System.Net.Sockets;
using LabHost.Workspaces.Simulated.Machines;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>Small formatting helpers shared by ip, ifconfig and route.</summary>
internal static class IpText
{
    public static bool IsV4(this AddressInfo address) => address.Address.AddressFamily == AddressFamily.InterNetwork;

    public static IPAddress Netmask(int prefixLength)
    {
        var bits = prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength);
        return new IPAddress(new[] { (byte)(bits >> 24), (byte)(bits >> 16), (byte)(bits >> 8), (byte)bits });
    }

    /// <summary>The name `ip` shows: "eth0@if19" for a veth or macvlan with a parent.</summary>
    public static string DisplayName(LinkInfo link, IReadOnlyList<LinkInfo> links)
    {
        if (link.ParentName is { } parent)
        {
            return link.Name + "@" + parent;
        }

        if (link.PeerIndex is not { } peer)
        {
            return link.Name;
        }

        var local = links.FirstOrDefault(l => l.Index == peer);
        return link.Name + "@" + (local?.Name ?? "if" + peer);
    }

    public static LinkInfo? Find(IReadOnlyList<LinkInfo> links, string name) =>
        links.FirstOrDefault(l => l.Name == name);

    /// <summary>A route's destination as ip prints it: "default", "10.0.42.0/24", or a bare host.</summary>
    public static string Destination(RouteInfo route) =>
        route.Destination is not { } net ? "default"
        : net.PrefixLength == 32 ? net.BaseAddress.ToString()
        : net.ToString();
}
