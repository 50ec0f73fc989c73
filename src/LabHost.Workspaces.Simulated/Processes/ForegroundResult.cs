namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>How a foreground console gave the keyboard back: it exited (with a status) or was detached.</summary>
public sealed record ForegroundResult(bool Detached, int ExitStatus)
{
    public static ForegroundResult DetachedByUser { get; } = new(true, 0);

    public static ForegroundResult ExitedWith(int status) => new(false, status);
}
