using System.Text;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>busybox route: the kernel IPv4 table; -n shows numbers. Stateless.</summary>
public sealed class RouteApplet(BusyboxBuild build) : IProgram
{
    public RouteApplet()
        : this(BusyboxBuild.Default)
    {
    }

    public Task<int> RunAsync(ProcessContext context)
    {
        if (context.Args.Skip(1).FirstOrDefault() == "--help")
        {
            BusyboxUsage.Write(context.Stdout, build, "route");
            return Task.FromResult(0);
        }

        var line = CommandLine.Parse(context.Args, "neA:", build.PermutesArguments);
        if (line.Error is { } error)
        {
            context.Stderr.Write($"route: {error}\n");
            return Task.FromResult(BusyboxUsage.Write(context.Stderr, build, "route"));
        }

        if (line.Operands.Count > 0)
        {
            if (line.Operands[0] is "add" or "del" or "delete")
            {
                context.Stderr.Write("route: SIOCADDRT: Operation not permitted\n");
                return Task.FromResult(1);
            }

            return Task.FromResult(BusyboxUsage.Write(context.Stderr, build, "route"));
        }

        var numeric = line.Has('n');
        var text = new StringBuilder("Kernel IP routing table\n")
            .Append("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n");
        foreach (var route in context.Machine.Network.Routes)
        {
            var prefix = route.Destination?.PrefixLength ?? 0;
            var destination = route.Destination is { } net ? net.BaseAddress.ToString() : numeric ? "0.0.0.0" : "default";
            var gateway = route.Gateway?.ToString() ?? (numeric ? "0.0.0.0" : "*");
            var flags = "U" + (route.Gateway is null ? "" : "G") + (prefix == 32 ? "H" : "");
            text.Append($"{destination,-16}{gateway,-16}{IpText.Netmask(prefix),-16}{flags,-6}")
                .Append($"{route.Metric,-6} {0,-2} {0,7} {route.Device}\n");
        }

        context.Stdout.Write(text.ToString());
        return Task.FromResult(0);
    }
}
