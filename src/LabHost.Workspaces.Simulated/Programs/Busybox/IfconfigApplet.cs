using System.Text;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// busybox ifconfig: up links (all with -a, one by name), sorted by name as busybox sorts
/// /proc/net/dev. Setting anything fails as it does without NET_ADMIN. Stateless.
/// </summary>
public sealed class IfconfigApplet(BusyboxBuild build) : IProgram
{
    public IfconfigApplet()
        : this(BusyboxBuild.Default)
    {
    }

    public Task<int> RunAsync(ProcessContext context)
    {
        var args = context.Args.Skip(1).ToList();
        if (args.FirstOrDefault() == "--help")
        {
            BusyboxUsage.Write(context.Stdout, build, "ifconfig");
            return Task.FromResult(0);
        }

        var all = args.FirstOrDefault() == "-a";
        if (all)
        {
            args.RemoveAt(0);
        }

        var links = context.Machine.Network.Links;
        if (args.Count == 0)
        {
            var shown = links.Where(l => all || l.Up).OrderBy(l => l.Name, NaturalNameComparer.Instance);
            context.Stdout.Write(string.Concat(shown.Select(Describe)));
            return Task.FromResult(0);
        }

        if (IpText.Find(links, args[0]) is not { } link)
        {
            context.Stderr.Write($"ifconfig: {args[0]}: error fetching interface information: Device not found\n");
            return Task.FromResult(1);
        }

        if (args.Count > 1)
        {
            context.Stderr.Write("ifconfig: SIOCSIFADDR: Operation not permitted\n");
            return Task.FromResult(1);
        }

        context.Stdout.Write(Describe(link));
        return Task.FromResult(0);
    }

    private static string Describe(LinkInfo link)
    {
        var loopback = link.Kind == LinkKind.Loopback;
        var text = new StringBuilder();
        text.Append($"{link.Name,-9} ").Append(loopback
            ? "Link encap:Local Loopback  \n"
            : $"Link encap:Ethernet  HWaddr {link.MacAddress.ToUpperInvariant()}  \n");
        if (link.Addresses.FirstOrDefault(a => a.IsV4()) is { } v4)
        {
            var broadcast = loopback ? "" : $"  Bcast:{v4.Broadcast?.ToString() ?? "0.0.0.0"}";
            text.Append($"          inet addr:{v4.Address}{broadcast}  Mask:{IpText.Netmask(v4.PrefixLength)}\n");
        }

        foreach (var v6 in link.Addresses.Where(a => !a.IsV4()))
        {
            var scope = v6.Scope switch { "link" => "Link", "host" => "Host", _ => "Global" };
            text.Append($"          inet6 addr: {v6.Address}/{v6.PrefixLength} Scope:{scope}\n");
        }

        var flags = new List<string>();
        if (link.Up)
        {
            flags.Add("UP");
        }

        flags.Add(loopback ? "LOOPBACK" : "BROADCAST");
        if (link.Up && link.LowerUp)
        {
            flags.Add("RUNNING");
        }

        if (!loopback)
        {
            flags.Add("MULTICAST");
        }

        var c = link.Counters;
        text.Append($"          {string.Join(' ', flags)}  MTU:{link.Mtu}  Metric:1\n")
            .Append($"          RX packets:{c.RxPackets} errors:0 dropped:0 overruns:0 frame:0\n")
            .Append($"          TX packets:{c.TxPackets} errors:0 dropped:0 overruns:0 carrier:0\n")
            .Append($"          collisions:0 txqueuelen:{link.TxQueueLength} \n")
            .Append($"          RX bytes:{c.RxBytes} ({Scaled(c.RxBytes)})  TX bytes:{c.TxBytes} ({Scaled(c.TxBytes)})\n\n");
        return text.ToString();
    }

    /// <summary>Busybox's "(2.0 KiB)": whole part and one truncated decimal of the last division.</summary>
    internal static string Scaled(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var value = bytes;
        var tenths = 0L;
        var unit = 0;
        while (value >= 1024 && unit < 4)
        {
            tenths = (value % 1024) * 10 / 1024;
            value /= 1024;
            unit++;
        }

        return $"{value}.{tenths} {units[unit]}";
    }
}
