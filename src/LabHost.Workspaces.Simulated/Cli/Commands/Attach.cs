using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>
/// Hands the terminal to a container's main shell (docker run -it, docker attach) until the shell
/// exits — the container exits with it — or the learner detaches with Ctrl-P Ctrl-Q.
/// </summary>
public static class Attach
{
    /// <param name="byAttach">True for `docker attach`, false for `docker run -it`: they end a detach differently.</param>
    public static async Task<int> RunAsync(DockerContext ctx, Container container, bool byAttach)
    {
        if (ctx.Process.Terminal is not IForegroundHost foreground || ctx.Host.ConsoleFor(container) is not { } console)
        {
            await ctx.Err.WriteLineAsync("the input device is not a TTY");
            return ExitCodes.Error;
        }

        var result = await foreground.RunForegroundAsync(console, ctx.Process.Cancellation);
        if (result.Detached)
        {
            // Measured with CLI 28 on Engine 20.10 (a real TTY): `docker attach` reports the detach
            // keys on stderr (term.EscapeError's text) and exits 1; `docker run -it` says nothing
            // and exits 0, so the host prompt follows the container's on the same line.
            if (!byAttach)
            {
                return 0;
            }

            await ctx.Err.WriteLineAsync("read escape sequence");
            return ExitCodes.Error;
        }

        ctx.Daemon.Exited(container, result.ExitStatus);
        ctx.Host.Consoles.Remove(container.Id);
        ctx.Host.ForgetIfRemoved(container);

        return result.ExitStatus;
    }
}
