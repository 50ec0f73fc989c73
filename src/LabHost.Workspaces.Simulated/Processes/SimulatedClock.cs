namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>A clock whose delays complete at once and advance its time. Safe for concurrent use.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : ProcessClock
{
    private long ticks = start.UtcTicks;

    public SimulatedClock()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset Now => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public override Task DelayAsync(TimeSpan duration, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        Interlocked.Add(ref ticks, Math.Max(0, duration.Ticks));
        return Task.CompletedTask;
    }
}
