namespace LabHost.Workspaces.Docker;

/// <summary>
/// Idle time and maximum lifetime: a timer on the provider's clock warns once per approaching end
/// (event and a notice in the terminal) and, at the end, removes the container; input and
/// <see cref="Extend"/> push the end back. After the end, operations throw
/// <see cref="WorkspaceUnavailableException"/> until a reset.
/// </summary>
public sealed partial class DockerWorkspace : IExpiringWorkspace
{
    private readonly object lifetimeGate = new();
    private ITimer? lifetimeTimer;
    private DateTimeOffset created;
    private DateTimeOffset lifetimeEnd;
    private DateTimeOffset lastActivity;
    private DateTimeOffset? warnedFor;

    public event EventHandler<WorkspaceExpiryWarning>? ExpiryWarning;

    public event EventHandler? Expired;

    public DateTimeOffset ExpiresAt
    {
        get
        {
            lock (lifetimeGate)
            {
                return Min(lastActivity + options.IdleTimeout, lifetimeEnd);
            }
        }
    }

    public DateTimeOffset Extend()
    {
        lock (lifetimeGate)
        {
            lastActivity = time.GetUtcNow();
            lifetimeEnd = Min(lifetimeEnd + options.Extension, created + options.MaxLifetimeCeiling);
            warnedFor = null;
            return Min(lastActivity + options.IdleTimeout, lifetimeEnd);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private void RestartLifetime()
    {
        lock (lifetimeGate)
        {
            created = lastActivity = time.GetUtcNow();
            lifetimeEnd = created + options.MaxLifetime;
            warnedFor = null;
            lifetimeTimer ??= time.CreateTimer(_ => _ = TickAsync(), null, LifetimeTick, LifetimeTick);
        }
    }

    private TimeSpan LifetimeTick => TimeSpan.FromTicks(Math.Clamp(options.WarningBefore.Ticks / 4, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond));

    private void StopLifetime()
    {
        lock (lifetimeGate)
        {
            lifetimeTimer?.Dispose();
            lifetimeTimer = null;
        }
    }

    private void Touch()
    {
        lock (lifetimeGate)
        {
            lastActivity = time.GetUtcNow();
        }
    }

    private async Task TickAsync()
    {
        if (disposed || unavailable is not null)
        {
            return;
        }

        WorkspaceExpiryWarning? warning = null;
        bool? expireIdle = null;
        lock (lifetimeGate)
        {
            var now = time.GetUtcNow();
            var idleEnd = lastActivity + options.IdleTimeout;
            var end = Min(idleEnd, lifetimeEnd);
            if (now >= end)
            {
                expireIdle = idleEnd <= lifetimeEnd;
            }
            else if (now >= end - options.WarningBefore && warnedFor != end)
            {
                warnedFor = end;
                warning = WorkspaceMessages.Warning(end, idleEnd <= lifetimeEnd, end - now);
            }
        }

        if (warning is not null)
        {
            screen.Write(WorkspaceMessages.TerminalNotice(warning.English, warning.Korean));
            ExpiryWarning?.Invoke(this, warning);
        }

        if (expireIdle is { } idle)
        {
            await ExpireAsync(idle);
        }
    }

    private async Task ExpireAsync(bool idle)
    {
        await gate.WaitAsync();
        try
        {
            if (disposed || unavailable is not null)
            {
                return;
            }

            MarkUnavailable(WorkspaceMessages.Expired(idle));
            await TearDownAsync();
        }
        finally
        {
            gate.Release();
        }

        Expired?.Invoke(this, EventArgs.Empty);
    }
}
