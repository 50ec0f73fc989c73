using System.Net;
using System.Net.Sockets;
using System.Text;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

public sealed partial class IpApplet
{
    private static readonly string[] RouteCommands =
        ["add", "append", "change", "chg", "delete", "get", "list", "show", "prepend", "replace", "test", "flush"];

    private int Route(ProcessContext context, IpOptions options, List<string> args)
    {
        var command = args.Count == 0 ? "show" : Subcommand(RouteCommands, args[0]);
        if (command is null)
        {
            return BadArgument(context, args[0], "route");
        }

        var routes = context.Machine.Network.Routes;
        if (command == "get")
        {
            return RouteGet(context, args.Skip(1).ToList());
        }

        if (command is not ("show" or "list"))
        {
            return NotPermitted(context);
        }

        var at = args.IndexOf("dev");
        if (at >= 0 && at + 1 < args.Count)
        {
            var device = args[at + 1];
            if (IpText.Find(context.Machine.Network.Links, device) is null)
            {
                return NoDevice(context, device, 1);
            }

            routes = routes.Where(r => r.Device == device).ToList();
        }

        var output = new StringBuilder();
        foreach (var route in options.Family == IpFamily.Inet6 ? [] : routes)
        {
            output.Append(RouteLine(route, IpText.Destination(route), route.Source)).Append('\n');
        }

        context.Stdout.Write(output.ToString());
        return 0;
    }

    /// <summary>busybox pads "scope link  src" and "dev eth0  metric" with two spaces; iproute2 does not.</summary>
    private string RouteLine(RouteInfo route, string destination, IPAddress? source)
    {
        var busybox = dialect == IpDialect.Busybox;
        var line = new StringBuilder(destination).Append(' ');
        if (route.Gateway is { } gateway)
        {
            line.Append("via ").Append(gateway).Append(' ');
        }

        line.Append("dev ").Append(route.Device).Append(' ');
        if (!busybox && route.Protocol is { } protocol && protocol != "boot")
        {
            line.Append("proto ").Append(protocol).Append(' ');
        }

        if (route.Scope is not ("global" or "universe" or ""))
        {
            line.Append("scope ").Append(route.Scope).Append(' ');
        }

        if (source is not null)
        {
            line.Append(busybox ? " src " : "src ").Append(source).Append(' ');
        }

        if (route.Metric != 0)
        {
            line.Append(busybox ? " metric " : "metric ").Append(route.Metric).Append(' ');
        }

        return line.ToString();
    }

    private int RouteGet(ProcessContext context, List<string> args)
    {
        var target = args.FirstOrDefault(a => a is not ("to" or "from" or "iif" or "oif"));
        if (target is null || !IPAddress.TryParse(target, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            return Fail(context, dialect == IpDialect.Busybox
                ? $"ip: an inet address is expected rather than '{target}'"
                : $"Error: inet prefix is expected rather than \"{target}\".", 1, 1);
        }

        var network = context.Machine.Network;
        var route = network.Routes
            .Where(r => r.Destination is not { } net || net.Contains(address))
            .OrderByDescending(r => r.Destination?.PrefixLength ?? -1)
            .FirstOrDefault();
        if (route is null)
        {
            return Fail(context, (dialect == IpDialect.Busybox ? "ip: " : "") + "RTNETLINK answers: Network is unreachable", 2, 2);
        }

        var source = route.Source ?? IpText.Find(network.Links, route.Device)?.Addresses.FirstOrDefault(a => a.IsV4())?.Address;
        var line = RouteLine(route with { Scope = "global", Metric = 0, Protocol = null }, address.ToString(), source);
        context.Stdout.Write(dialect == IpDialect.Busybox ? line + "\n" : line + "uid 0 \n    cache \n");
        return 0;
    }
}
