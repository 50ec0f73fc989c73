using System.Text;
using LabHost.Workspaces.Simulated.Machines;

namespace LabHost.Workspaces.Simulated.Programs.Net;

public sealed partial class IpApplet
{
    private static string Show(INetworkStackView network, List<string> args, bool withAddresses, bool oneLine, out string? error)
    {
        error = null;
        if (args.Count > 0 && args[0] is "show" or "list" or "ls" or "sh" or "s" or "l" or "lst")
        {
            args.RemoveAt(0);
        }

        if (args.Count > 0 && args[0] == "dev")
        {
            args.RemoveAt(0);
        }

        var links = network.Links;
        if (args.Count > 0)
        {
            links = links.Where(l => l.Name == args[0]).ToList();
            if (links.Count == 0)
            {
                error = $"ip: can't find device '{args[0]}'";
                return "";
            }
        }

        var sb = new StringBuilder();
        foreach (var link in links)
        {
            if (withAddresses && oneLine)
            {
                foreach (var a in link.Addresses)
                {
                    sb.Append($"{link.Index}: {link.Name}    inet {a.Address}/{a.PrefixLength} ");
                    if (a.Broadcast is { } brd && link.Kind != LinkKind.Loopback)
                    {
                        sb.Append($"brd {brd} ");
                    }

                    sb.Append($"scope {Scope(link)} {link.Name}\\       valid_lft forever preferred_lft forever\n");
                }

                continue;
            }

            var separator = oneLine ? "\\" : "\n";
            sb.Append(Header(link)).Append(separator).Append("    ").Append(LinkLine(link)).Append('\n');
            if (!withAddresses)
            {
                continue;
            }

            foreach (var a in link.Addresses)
            {
                sb.Append($"    inet {a.Address}/{a.PrefixLength} ");
                if (a.Broadcast is { } brd && link.Kind != LinkKind.Loopback)
                {
                    sb.Append($"brd {brd} ");
                }

                sb.Append($"scope {Scope(link)} {link.Name}\n       valid_lft forever preferred_lft forever\n");
            }
        }

        return sb.ToString();
    }

    private static string Scope(LinkInfo link) => link.Kind == LinkKind.Loopback ? "host" : "global";

    private static string Header(LinkInfo link)
    {
        var name = link.PeerIndex is { } peer ? $"{link.Name}@if{peer}" : link.Name;
        var flags = link.Kind switch
        {
            LinkKind.Loopback => "LOOPBACK,UP,LOWER_UP",
            LinkKind.Veth or LinkKind.Macvlan or LinkKind.Ipvlan => "BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN",
            LinkKind.Bridge when !link.LowerUp => "NO-CARRIER,BROADCAST,MULTICAST,UP",
            _ => "BROADCAST,MULTICAST,UP,LOWER_UP",
        };
        var qlen = link.Kind is LinkKind.Loopback or LinkKind.Ethernet ? "qlen 1000" : "";
        return $"{link.Index}: {name}: <{flags}> mtu {link.Mtu} qdisc {link.Qdisc} {qlen}";
    }

    private static string LinkLine(LinkInfo link) => link.Kind == LinkKind.Loopback
        ? "link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00"
        : $"link/ether {link.MacAddress} brd ff:ff:ff:ff:ff:ff";
}
