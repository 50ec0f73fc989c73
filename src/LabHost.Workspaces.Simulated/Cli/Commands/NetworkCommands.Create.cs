using LabHost.Network;
using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Daemon;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

public static partial class NetworkCommands
{
    private static Task<int> CreateAsync(DockerContext ctx, ParsedArgs args)
    {
        List<IpamConfig> ipam;
        try
        {
            ipam = IpamOptions.Consolidate(args.List("subnet"), args.List("ip-range"), args.List("gateway"), KeyValues(args.List("aux-address")));
        }
        catch (FlagError e)
        {
            ctx.Err.WriteLine(e.Message);
            return Task.FromResult(ExitCodes.Error);
        }

        var config = new NetworkConfig
        {
            Name = args.Positionals[0],
            NetworkType = args.String("driver") ?? "bridge",
            Scope = args.String("scope"),
            Internal = args.Bool("internal"),
            Attachable = args.Bool("attachable"),
            Ingress = args.Bool("ingress"),
            EnableIPv6 = args.Bool("ipv6"),
            IpamConfigs = ipam,
            Options = KeyValues(args.List("opt")),
            Labels = KeyValues(args.List("label")),
        };

        try
        {
            IpamOptions.Validate(ipam);
            var network = ctx.Daemon.CreateNetwork(config);
            ctx.Out.WriteLine(network.Id);
            return Task.FromResult(0);
        }
        catch (DaemonException e)
        {
            return Task.FromResult(ctx.DaemonError(e));
        }
    }

    /// <summary>key=value pairs (labels, -o); a bare key has an empty value.</summary>
    internal static Dictionary<string, string> KeyValues(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            result[eq < 0 ? pair : pair[..eq]] = eq < 0 ? "" : pair[(eq + 1)..];
        }

        return result;
    }
}
