using System.Text;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Net;

/// <summary>
/// busybox `ip`: addr, link and route (show), with -o, -4 and -f inet, printed exactly as the
/// busybox in the reference alpine image prints them (see tests/fidelity).
/// </summary>
public sealed partial class IpApplet : IProgram
{
    private const string Usage = "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n";

    public async Task<int> RunAsync(ProcessContext context)
    {
        var oneLine = false;
        var args = context.Args.Skip(1).ToList();
        while (args.Count > 0 && args[0].StartsWith('-'))
        {
            var option = args[0];
            args.RemoveAt(0);
            if (option is "-o" or "-oneline")
            {
                oneLine = true;
            }
            else if (option is "-f" or "-family")
            {
                if (args.Count == 0)
                {
                    await context.Stderr.WriteAsync(Usage);
                    return 1;
                }

                args.RemoveAt(0);
            }
            else if (option is not ("-4" or "-6" or "-0"))
            {
                await context.Stderr.WriteLineAsync($"ip: invalid argument '{option}' to 'ip'");
                return 1;
            }
        }

        if (args.Count == 0)
        {
            await context.Stderr.WriteAsync(Usage);
            return 1;
        }

        var obj = args[0];
        var rest = args.Skip(1).ToList();
        var network = context.Machine.Network;
        string output;
        if (IsPrefix(obj, "address", 1))
        {
            output = Show(network, rest, withAddresses: true, oneLine, out var error);
            if (error is not null)
            {
                await context.Stderr.WriteLineAsync(error);
                return 1;
            }
        }
        else if (IsPrefix(obj, "link", 1))
        {
            output = Show(network, rest, withAddresses: false, oneLine, out var error);
            if (error is not null)
            {
                await context.Stderr.WriteLineAsync(error);
                return 1;
            }
        }
        else if (IsPrefix(obj, "route", 1))
        {
            output = Routes(network);
        }
        else
        {
            await context.Stderr.WriteLineAsync($"ip: invalid argument '{obj}' to 'ip'");
            return 1;
        }

        await context.Stdout.WriteAsync(output);
        return 0;
    }

    private static bool IsPrefix(string word, string full, int min) =>
        word.Length >= min && full.StartsWith(word, StringComparison.Ordinal);

    private static string Routes(INetworkStackView network)
    {
        var sb = new StringBuilder();
        foreach (var r in network.Routes)
        {
            sb.Append(r.Destination is { } d ? d.ToString() : "default");
            if (r.Gateway is { } gw)
            {
                sb.Append($" via {gw}");
            }

            sb.Append($" dev {r.Device} ");
            if (r.Scope == "link")
            {
                sb.Append("scope link ");
            }

            if (r.Source is { } src)
            {
                sb.Append($" src {src} ");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
