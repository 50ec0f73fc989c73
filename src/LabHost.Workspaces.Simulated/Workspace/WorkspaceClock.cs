using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// A workspace's time: simulated like <see cref="SimulatedClock"/> (a delay advances the clock at
/// once, so `sleep 5` costs nothing and the time is saved with the workspace), but each delay
/// yields first, so keys queued behind a long `ping` (Ctrl-C) get their turn. Safe for concurrent use.
/// </summary>
public sealed class WorkspaceClock(DateTimeOffset start) : ProcessClock
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset Now => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public override async Task DelayAsync(TimeSpan duration, CancellationToken cancellation)
    {
        await Task.Yield();
        cancellation.ThrowIfCancellationRequested();
        Interlocked.Add(ref ticks, Math.Max(0, duration.Ticks));
    }
}
