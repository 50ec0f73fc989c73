using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

public static partial class ContainerCommands
{
    private static async Task<int> ExecAsync(DockerContext ctx, ParsedArgs args)
    {
        if (ctx.ContainerOrError(args.Positionals[0]) is not { } container)
        {
            return ExitCodes.Error;
        }

        if (!container.IsRunning)
        {
            await ctx.Err.WriteLineAsync($"Error response from daemon: container {container.Id} is not running");
            return ExitCodes.Error;
        }

        var argv = args.Positionals.Skip(1).ToList();
        if (args.Bool("tty") && ctx.Process.Terminal is null)
        {
            await ctx.Err.WriteLineAsync("the input device is not a TTY");
            return ExitCodes.Error;
        }

        return await ctx.Host.ExecAsync(container, argv, ctx.Process);
    }

    private static Task<int> StartAsync(DockerContext ctx, ParsedArgs args) => ForEach(ctx, args, c =>
    {
        ctx.Daemon.Start(c);
        return Task.CompletedTask;
    }, "Error: failed to start containers: ");

    private static Task<int> StopAsync(DockerContext ctx, ParsedArgs args) => ForEach(ctx, args, c =>
    {
        ctx.Daemon.Stop(c);
        ctx.Host.Consoles.Remove(c.Id);
        return Task.CompletedTask;
    });

    private static Task<int> KillAsync(DockerContext ctx, ParsedArgs args) => ForEach(ctx, args, c =>
    {
        if (!c.IsRunning)
        {
            throw new DaemonException(LabHost.Network.ErrorKind.Conflict, $"Cannot kill container: {c.Name}: Container {c.Id} is not running");
        }

        ctx.Daemon.Stop(c);
        ctx.Host.Consoles.Remove(c.Id);
        return Task.CompletedTask;
    });

    private static Task<int> RestartAsync(DockerContext ctx, ParsedArgs args) => ForEach(ctx, args, c =>
    {
        ctx.Daemon.Stop(c);
        ctx.Host.Consoles.Remove(c.Id);
        ctx.Daemon.Start(c);
        return Task.CompletedTask;
    });

    private static Task<int> RmAsync(DockerContext ctx, ParsedArgs args) => ForEach(ctx, args, c =>
    {
        ctx.Daemon.Remove(c, args.Bool("force"));
        ctx.Host.Forget(c);
        return Task.CompletedTask;
    });

    private static async Task<int> AttachAsync(DockerContext ctx, ParsedArgs args)
    {
        if (ctx.ContainerOrError(args.Positionals[0]) is not { } container)
        {
            return ExitCodes.Error;
        }

        if (!container.IsRunning)
        {
            await ctx.Err.WriteLineAsync("You cannot attach to a stopped container, start it first");
            return ExitCodes.Error;
        }

        return container.Tty && container.OpenStdin ? await Attach.RunAsync(ctx, container, byAttach: true) : 0;
    }

    private static async Task<int> LogsAsync(DockerContext ctx, ParsedArgs args)
    {
        if (ctx.ContainerOrError(args.Positionals[0]) is not { } container)
        {
            return ExitCodes.Error;
        }

        await ctx.Out.WriteAsync(container.Logs);
        return 0;
    }

    /// <summary>Runs the action on each named container, printing its name as docker does.</summary>
    private static async Task<int> ForEach(DockerContext ctx, ParsedArgs args, Func<Container, Task> action, string? summary = null)
    {
        var failed = new List<string>();
        foreach (var name in args.Positionals)
        {
            try
            {
                await action(ctx.Daemon.GetContainer(name));
                await ctx.Out.WriteLineAsync(name);
            }
            catch (DaemonException e)
            {
                ctx.DaemonError(e);
                failed.Add(name);
            }
        }

        if (failed.Count > 0 && summary is not null)
        {
            await ctx.Err.WriteLineAsync(summary + string.Join(", ", failed));
        }

        return failed.Count > 0 ? ExitCodes.Error : 0;
    }
}
