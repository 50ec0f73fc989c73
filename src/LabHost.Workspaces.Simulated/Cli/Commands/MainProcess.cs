using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>
/// What a container's main process does once started. A shell with stdin open, `sleep`, `top`
/// and an endless ping keep running; anything else runs once, prints (to the terminal, or to
/// the logs when detached) and the container exits with its status.
/// </summary>
public static class MainProcess
{
    public static async Task<int> StartAsync(DockerContext ctx, Container container, bool attached)
    {
        var argv = container.Command;
        var name = Path.GetFileName(argv.Count > 0 ? argv[0] : "sh");
        if (name is "sh" or "ash" or "bash" && argv.Count == 1)
        {
            if (!container.OpenStdin)
            {
                ctx.Daemon.Exited(container, 0);
                ctx.Host.ForgetIfRemoved(container);
                return 0;
            }

            return attached && container.Tty ? await Attach.RunAsync(ctx, container, byAttach: false) : 0;
        }

        if (name == "sleep" && argv.Count == 2 && double.TryParse(argv[1], out var seconds))
        {
            container.EndsAt = ctx.Now.AddSeconds(Math.Min(seconds, 1e9));
            return attached ? await WaitAsync(ctx, container, seconds) : 0;
        }

        if (name is "top" || (name == "tail" && argv.Contains("-f")) || (name == "ping" && !argv.Contains("-c")) ||
            (name == "sleep" && argv.Count == 2 && argv[1] == "infinity"))
        {
            return 0;
        }

        var output = attached ? ctx.Out : new StringWriter();
        var errors = attached ? ctx.Err : output;
        var caller = new ProcessContext
        {
            Args = argv, Stdin = TextReader.Null, Stdout = output, Stderr = errors, Machine = ctx.Process.Machine,
            Cancellation = ctx.Process.Cancellation, Clock = ctx.Host.Clock,
        };
        var status = await ctx.Host.ExecAsync(container, argv, caller);
        if (!attached)
        {
            container.Logs += output.ToString();
        }

        if (status == ExitCodes.CannotInvoke)
        {
            status = 127;
        }

        ctx.Daemon.Exited(container, status);
        ctx.Host.ForgetIfRemoved(container);
        return attached ? status : 0;
    }

    private static async Task<int> WaitAsync(DockerContext ctx, Container container, double seconds)
    {
        await ctx.Host.Clock.DelayAsync(TimeSpan.FromSeconds(Math.Min(seconds, 1e6)), ctx.Process.Cancellation);
        ctx.Daemon.Refresh();
        ctx.Host.ForgetIfRemoved(container);
        return 0;
    }
}
