using System.Text;
using LabHost.Workspaces.Simulated.Machines;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>The "N: name: &lt;FLAGS&gt; mtu ..." header and "link/ether ..." line of `ip`.</summary>
internal sealed class IpLinkText(IpDialect dialect, BusyboxBuild build, IReadOnlyList<LinkInfo> links)
{
    public static string Flags(LinkInfo link)
    {
        var flags = new List<string>();
        if (link.Up && !link.LowerUp)
        {
            flags.Add("NO-CARRIER");
        }

        flags.AddRange(link.Kind == LinkKind.Loopback ? ["LOOPBACK"] : ["BROADCAST", "MULTICAST"]);
        if (link.Up)
        {
            flags.Add("UP");
            if (link.LowerUp)
            {
                flags.Add("LOWER_UP");
            }
        }

        return string.Join(",", flags);
    }

    /// <summary>busybox adds M-DOWN when the IFLA_LINK peer is not an up link of this machine.</summary>
    private bool MasterDown(LinkInfo link) =>
        dialect == IpDialect.Busybox && link.PeerIndex is { } peer
        && links.FirstOrDefault(l => l.Index == peer) is not { Up: true };

    /// <param name="forLinkCommand">iproute2 adds "mode DEFAULT" in `ip link`, not `ip addr`.</param>
    public string Header(LinkInfo link, IpFamily family, bool forLinkCommand)
    {
        var text = new StringBuilder();
        text.Append(link.Index).Append(": ").Append(IpText.DisplayName(link, links)).Append(": <")
            .Append(Flags(link)).Append(MasterDown(link) ? ",M-DOWN" : "").Append("> mtu ").Append(link.Mtu).Append(' ');

        // busybox's inet6 link dump carries no qdisc (the kernel's IPv6 ifinfo has none).
        if (!(dialect == IpDialect.Busybox && family == IpFamily.Inet6))
        {
            text.Append("qdisc ").Append(link.Qdisc).Append(' ');
        }

        if (link.Master is { } master)
        {
            text.Append("master ").Append(master).Append(' ');
        }

        if (dialect == IpDialect.Iproute2 || build.ShowsOperState)
        {
            text.Append("state ").Append(link.EffectiveOperState).Append(' ');
        }

        if (dialect == IpDialect.Iproute2)
        {
            text.Append(forLinkCommand ? "mode DEFAULT group default " : "group default ");
        }

        if (link.TxQueueLength != 0)
        {
            text.Append("qlen ").Append(link.TxQueueLength);
        }

        return text.ToString();
    }

    public string LinkLine(LinkInfo link)
    {
        var loopback = link.Kind == LinkKind.Loopback;
        var line = loopback
            ? "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00"
            : $"    link/ether {link.MacAddress.ToLowerInvariant()} brd ff:ff:ff:ff:ff:ff";
        if (dialect == IpDialect.Iproute2 && link.LinkNetnsId is { } netnsId)
        {
            line += $" link-netnsid {netnsId}";
        }

        return line;
    }
}
