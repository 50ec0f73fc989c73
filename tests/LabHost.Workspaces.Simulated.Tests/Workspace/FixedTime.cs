namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>A wall clock stopped at one moment, so workspaces start at the same simulated time.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime Lecture { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
