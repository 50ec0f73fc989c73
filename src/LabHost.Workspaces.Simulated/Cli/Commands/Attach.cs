using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>
/// Hands the terminal to a container's main shell (docker run -it, docker attach) until the shell
/// exits — the container exits with it — or the learner detaches with Ctrl-P Ctrl-Q.
/// </summary>
public static class Attach
{
    public static async Task<int> RunAsync(DockerContext ctx, Container container)
    {
        if (ctx.Process.Terminal is not IForegroundHost foreground || ctx.Host.ConsoleFor(container) is not { } console)
        {
            await ctx.Err.WriteLineAsync("the input device is not a TTY");
            return ExitCodes.Error;
        }

        var result = await foreground.RunForegroundAsync(console, ctx.Process.Cancellation);
        if (result.Detached)
        {
            // The docker CLI reports the detach keys on stderr (term.EscapeError's text) and exits 0.
            await ctx.Err.WriteLineAsync("read escape sequence");
            return 0;
        }

        ctx.Daemon.Exited(container, result.ExitStatus);
        ctx.Host.Consoles.Remove(container.Id);
        ctx.Host.ForgetIfRemoved(container);

        return result.ExitStatus;
    }
}
