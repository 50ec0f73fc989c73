using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// A clock whose delays return at once and add up in <see cref="Waited"/>; after
/// cancelAfterDelays delays the next one throws, as Ctrl-C during that wait would.
/// Not safe for concurrent use.
/// </summary>
internal sealed class CountingClock(int? cancelAfterDelays) : ProcessClock
{
    private readonly SimulatedClock time = new();
    private int delays;

    public TimeSpan Waited { get; private set; }

    public override DateTimeOffset Now => time.Now;

    public override Task DelayAsync(TimeSpan duration, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        if (++delays > cancelAfterDelays)
        {
            throw new OperationCanceledException(cancellation);
        }

        Waited += duration;
        return time.DelayAsync(duration, cancellation);
    }
}
