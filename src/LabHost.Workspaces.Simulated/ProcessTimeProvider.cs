using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated;

/// <summary>The daemon's clock is the processes' clock, so simulated time moves both at once.</summary>
internal sealed class ProcessTimeProvider(ProcessClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.Now;
}
