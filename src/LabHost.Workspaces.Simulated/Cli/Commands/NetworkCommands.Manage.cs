using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Cli.Inspect;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Templates;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

public static partial class NetworkCommands
{
    private static Task<int> InspectAsync(DockerContext ctx, ParsedArgs args)
    {
        var found = new List<LabHost.Network.Network>();
        var errors = new List<string>();
        foreach (var name in args.Positionals)
        {
            if (ctx.Daemon.Network.FindNetwork(name) is { } network)
            {
                found.Add(network);
            }
            else
            {
                errors.Add($"Error response from daemon: network {name} not found");
            }
        }

        var status = args.String("format") is { } format
            ? InspectOutput.WriteTemplated(ctx, format, found.Select(n => (
                (TemplateValue)NetworkInspect.Build(ctx.Daemon, n, cliStruct: true),
                NetworkInspect.Build(ctx.Daemon, n, cliStruct: false).ToJson())))
            : InspectOutput.WriteJson(ctx, found.Select(n => NetworkInspect.Json(ctx.Daemon, n)));
        errors.ForEach(ctx.Err.WriteLine);
        return Task.FromResult(errors.Count > 0 ? ExitCodes.Error : status);
    }

    private static Task<int> ConnectAsync(DockerContext ctx, ParsedArgs args) => Run(ctx, () =>
    {
        var network = ctx.Daemon.GetNetwork(args.Positionals[0]);
        var container = ctx.Daemon.GetContainer(args.Positionals[1]);
        ctx.Daemon.Connect(network, container, args.String("ip"), args.List("alias"));
    });

    private static Task<int> DisconnectAsync(DockerContext ctx, ParsedArgs args) => Run(ctx, () =>
    {
        var network = ctx.Daemon.GetNetwork(args.Positionals[0]);
        var container = ctx.Daemon.GetContainer(args.Positionals[1]);
        ctx.Daemon.Disconnect(network, container, args.Bool("force"));
    });

    private static Task<int> RmAsync(DockerContext ctx, ParsedArgs args)
    {
        var failed = false;
        foreach (var name in args.Positionals)
        {
            try
            {
                ctx.Daemon.RemoveNetwork(ctx.Daemon.GetNetwork(name));
                ctx.Out.WriteLine(name);
            }
            catch (DaemonException e)
            {
                ctx.DaemonError(e);
                failed = true;
            }
        }

        if (failed)
        {
            ctx.Err.WriteLine("exit status 1");
        }

        return Task.FromResult(failed ? ExitCodes.Error : 0);
    }

    private static Task<int> PruneAsync(DockerContext ctx, ParsedArgs args)
    {
        if (!args.Bool("force"))
        {
            // Without a terminal to confirm on, the CLI treats the prompt as answered "no".
            ctx.Out.Write("WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ");
            ctx.Err.WriteLine("Total reclaimed space: 0B");
            return Task.FromResult(0);
        }

        var deleted = ctx.Daemon.PruneNetworks();
        if (deleted.Count > 0)
        {
            ctx.Out.Write("Deleted Networks:\n" + string.Concat(deleted.Select(d => d + "\n")) + "\n");
        }

        return Task.FromResult(0);
    }

    private static Task<int> Run(DockerContext ctx, Action action)
    {
        try
        {
            action();
            return Task.FromResult(0);
        }
        catch (DaemonException e)
        {
            return Task.FromResult(ctx.DaemonError(e));
        }
    }
}
