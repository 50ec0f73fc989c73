namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>
/// Optional ability of an <see cref="ITerminalHost"/> (check with <c>is</c>): hand the keyboard
/// to an interactive console until it exits or is detached. `docker run -it` and
/// `docker attach` use it.
/// </summary>
public interface IForegroundHost
{
    Task<ForegroundResult> RunForegroundAsync(IInteractiveConsole console, CancellationToken cancellation);
}
