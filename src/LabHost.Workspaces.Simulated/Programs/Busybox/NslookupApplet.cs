using System.Net;
using System.Text;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// busybox nslookup (the "big" resolver-less variant): A and AAAA queries to the first
/// nameserver. The answers come from <see cref="INetworkStackView.Resolve"/>, which returns
/// IPv4 only, so AAAA gets Docker's empty NOERROR reply. Docker's embedded DNS does not set
/// the AA bit, hence "Non-authoritative answer:". Stateless.
/// </summary>
public sealed class NslookupApplet(BusyboxBuild build) : IProgram
{
    private static readonly string[] Types = ["soa", "ns", "a", "aaaa", "cname", "mx", "txt", "ptr", "srv", "any"];

    public NslookupApplet()
        : this(BusyboxBuild.Default)
    {
    }

    public async Task<int> RunAsync(ProcessContext context)
    {
        var args = context.Args.Skip(1).ToList();
        if (args.FirstOrDefault() == "--help")
        {
            BusyboxUsage.Write(context.Stdout, build, "nslookup");
            return 0;
        }

        var types = new List<string>();
        while (args.Count > 0 && args[0].StartsWith('-'))
        {
            var (name, value) = SplitOption(args[0][1..]);
            args.RemoveAt(0);
            if (name is "type" or "querytype")
            {
                if (!Types.Contains(value.ToLowerInvariant()))
                {
                    context.Stderr.Write($"nslookup: invalid query type \"{value}\"\n");
                    return 1;
                }

                types.Add(value.ToLowerInvariant());
            }
            else if (name is not ("debug" or "port" or "retry" or "t" or "timeout"))
            {
                return BusyboxUsage.Write(context.Stderr, build, "nslookup");
            }
        }

        if (args.Count is 0 or > 2)
        {
            return BusyboxUsage.Write(context.Stderr, build, "nslookup");
        }

        var network = context.Machine.Network;
        var server = args.Count == 2 ? args[1] : network.Nameservers.FirstOrDefault()?.ToString() ?? "127.0.0.1";
        if (!IPAddress.TryParse(server, out var serverAddress) && network.Resolve(server) is not { } resolved)
        {
            context.Stderr.Write($"nslookup: bad address '{server}'\n");
            return 1;
        }

        serverAddress ??= network.Resolve(server)!;
        if (!await ReachableAsync(context, server, serverAddress))
        {
            context.Stdout.Write(";; connection timed out; no servers could be reached\n\n");
            return 1;
        }

        return Answer(context, args[0], server, serverAddress, types);
    }

    private static (string Name, string Value) SplitOption(string option)
    {
        var equals = option.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (option, "") : (option[..equals], option[(equals + 1)..]);
    }

    /// <summary>Docker's resolver at 127.0.0.11 answers; other loopbacks refuse; remote servers answer if pingable.</summary>
    private static async Task<bool> ReachableAsync(ProcessContext context, string server, IPAddress address)
    {
        var network = context.Machine.Network;
        if (IPAddress.IsLoopback(address))
        {
            if (network.Nameservers.Contains(address) && address.Equals(IPAddress.Parse("127.0.0.11")))
            {
                return true;
            }

            context.Stderr.Write($"nslookup: write to '{server}': Connection refused\n");
            return false;
        }

        switch (network.Probe(address))
        {
            case ProbeResult.Reply:
                return true;
            case ProbeResult.NetworkUnreachable:
                context.Stderr.Write($"nslookup: write to '{server}': Network is unreachable\n");
                return false;
            default:
                try
                {
                    await context.Clock.DelayAsync(TimeSpan.FromSeconds(5), context.Cancellation);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C kills busybox nslookup outright; printing the timeout is close enough.
                }

                return false;
        }
    }

    private static int Answer(ProcessContext context, string host, string server, IPAddress serverAddress, List<string> types)
    {
        var text = new StringBuilder($"Server:\t\t{server}\nAddress:\t{serverAddress}:53\n\n");
        var isAddress = IPAddress.TryParse(host, out var literal);
        var queried = isAddress && types.Count == 0 ? PtrName(literal!) : host;
        var all = isAddress ? [] : context.Machine.Network.ResolveAll(host);
        var found = all.Count > 0 ? all[0] : null;
        var queries = types.Count > 0 ? types : isAddress ? ["ptr"] : ["a", "aaaa"];
        foreach (var type in Types.Where(queries.Contains))
        {
            if (found is null)
            {
                text.Append($"** server can't find {queried}: NXDOMAIN\n\n");
                continue;
            }

            text.Append("Non-authoritative answer:\n");
            if (type is "a" or "any")
            {
                foreach (var address in all)
                {
                    text.Append($"Name:\t{host}\nAddress: {address}\n");
                }
            }

            text.Append('\n');
        }

        context.Stdout.Write(text.ToString());
        return found is null ? 1 : 0;
    }

    private static string PtrName(IPAddress address) =>
        string.Join('.', address.GetAddressBytes().Reverse()) + ".in-addr.arpa";
}
