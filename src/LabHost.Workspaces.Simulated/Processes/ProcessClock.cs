namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>
/// The time a process sees. Real waits on the wall clock; a <see cref="SimulatedClock"/> moves its
/// own time forward at once so that `sleep 5` in a lab step costs nothing.
/// </summary>
public abstract class ProcessClock
{
    public static ProcessClock Real { get; } = new RealClock();

    public abstract DateTimeOffset Now { get; }

    public abstract Task DelayAsync(TimeSpan duration, CancellationToken cancellation);

    private sealed class RealClock : ProcessClock
    {
        public override DateTimeOffset Now => DateTimeOffset.UtcNow;

        public override Task DelayAsync(TimeSpan duration, CancellationToken cancellation) =>
            Task.Delay(duration, cancellation);
    }
}
