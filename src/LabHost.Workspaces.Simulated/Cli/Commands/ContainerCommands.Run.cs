using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

public static partial class ContainerCommands
{
    private static async Task<int> RunAsync(DockerContext ctx, ParsedArgs args)
    {
        var container = await CreateFromArgsAsync(ctx, args, "docker run");
        if (container is null)
        {
            return ExitCodes.CliError;
        }

        var detach = args.Bool("detach");
        if (detach)
        {
            await ctx.Out.WriteLineAsync(container.Id);
        }

        if (!detach && container.Tty && ctx.Process.Terminal is null)
        {
            await ctx.Err.WriteLineAsync("the input device is not a TTY");
            return ExitCodes.Error;
        }

        try
        {
            ctx.Daemon.Start(container);
        }
        catch (DaemonException e)
        {
            await ctx.Err.WriteLineAsync($"docker: Error response from daemon: {e.Message}\n\nRun 'docker run --help' for more information");
            return ExitCodes.CliError;
        }

        return await MainProcess.StartAsync(ctx, container, attached: !detach);
    }

    private static async Task<int> CreateAsync(DockerContext ctx, ParsedArgs args)
    {
        var container = await CreateFromArgsAsync(ctx, args, "docker create");
        if (container is null)
        {
            return ExitCodes.Error;
        }

        await ctx.Out.WriteLineAsync(container.Id);
        return 0;
    }

    private static async Task<Container?> CreateFromArgsAsync(DockerContext ctx, ParsedArgs args, string command)
    {
        var networks = args.List("network").Concat(args.List("net")).ToList();
        if (networks.Count > 1)
        {
            var names = string.Join(", ", networks.Distinct().Order(StringComparer.Ordinal));
            await DaemonErrorAsync(ctx, command, $"Container cannot be connected to network endpoints: {names}");
            return null;
        }

        var image = args.Positionals[0];
        if (ctx.Daemon.FindImage(image) is null)
        {
            var reference = image.Contains(':') ? image : image + ":latest";
            await ctx.Err.WriteLineAsync($"Unable to find image '{reference}' locally");
            await DaemonErrorAsync(ctx, command, "Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 10.0.2.3:53: no such host");
            return null;
        }

        try
        {
            return ctx.Daemon.CreateContainer(new ContainerConfig
            {
                Image = image,
                Name = args.String("name"),
                Command = args.Positionals.Skip(1).ToList(),
                Tty = args.Bool("tty"),
                OpenStdin = args.Bool("interactive"),
                AutoRemove = args.Bool("rm"),
                Network = networks.FirstOrDefault(),
                IPv4Address = args.String("ip"),
                Aliases = [.. args.List("network-alias"), .. args.List("net-alias")],
                Hostname = args.String("hostname"),
                Links = args.List("link"),
            });
        }
        catch (DaemonException e)
        {
            await DaemonErrorAsync(ctx, command, e.Message);
            return null;
        }
    }

    /// <summary>
    /// CLI 28 wraps a daemon error of docker run (and docker container run) in "docker: ..." and
    /// its help line (exit 125) but prints one of docker create bare (exit 1): measured on the
    /// reference engine.
    /// </summary>
    private static Task DaemonErrorAsync(DockerContext ctx, string command, string message) =>
        ctx.Err.WriteLineAsync(command == "docker create"
            ? $"Error response from daemon: {message}"
            : $"docker: Error response from daemon: {message}\n\nRun '{command} --help' for more information");
}
