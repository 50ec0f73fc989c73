using LabHost.Workspaces;

namespace LabHost.Web.Sessions;

/// <summary>
/// A machine that is gone or about to go: every workspace operation that fails with
/// <see cref="WorkspaceUnavailableException"/> is remembered in <see cref="Unavailable"/> and told
/// to open pages through <see cref="Changed"/>; an <see cref="IExpiringWorkspace"/>'s warning is
/// kept in <see cref="ExpiryWarning"/> until <see cref="Extend"/> or a reset. Other failures are
/// not caught here: they are bugs, and they propagate.
/// </summary>
public sealed partial class LiveWorkspace
{
    private volatile WorkspaceUnavailableException? unavailable;
    private volatile WorkspaceExpiryWarning? expiryWarning;

    /// <summary>Why the machine is gone (both languages), or null while it works; cleared by a successful reset.</summary>
    public WorkspaceUnavailableException? Unavailable => unavailable;

    /// <summary>
    /// The provider's latest warning of an approaching end, or null: none yet, extended, reset,
    /// already ended, or the end moved past the warned one (the learner typed).
    /// </summary>
    public WorkspaceExpiryWarning? ExpiryWarning =>
        expiryWarning is { } warning && workspace is IExpiringWorkspace expiring && expiring.ExpiresAt <= warning.EndsAt ? warning : null;

    /// <summary>Raised once each time the machine is found gone (on the thread that found out); handlers must not block.</summary>
    public event Action<WorkspaceUnavailableException>? MachineLost;

    /// <summary>Whether the workspace ends by itself and can be given more time.</summary>
    public bool CanExtend => workspace is IExpiringWorkspace;

    /// <summary>Pushes the end back (the provider decides by how much); returns the new end, or null when the workspace does not expire.</summary>
    public DateTimeOffset? Extend()
    {
        if (workspace is not IExpiringWorkspace expiring || unavailable is not null)
        {
            return null;
        }
        var end = expiring.Extend();
        expiryWarning = null;
        LastActivity = DateTimeOffset.UtcNow;
        Changed?.Invoke(this);
        return end;
    }

    /// <summary>Records that the machine is gone (a terminal socket found out) and tells open pages.</summary>
    public void MarkUnavailable(WorkspaceUnavailableException reason)
    {
        // Atomic: two operations failing at once (a socket and a check) must not both be "first".
        var first = Interlocked.CompareExchange(ref unavailable, reason, null) is null;
        if (!first)
        {
            unavailable = reason;
        }
        expiryWarning = null;
        if (first)
        {
            MachineLost?.Invoke(reason);
            logger.LogWarning("Workspace {Workspace} of learner {Learner} is unavailable: {Reason}", Id, LearnerId, reason.English);
        }
        Changed?.Invoke(this);
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (WorkspaceUnavailableException e)
        {
            MarkUnavailable(e);
            throw;
        }
    }

    private void WatchExpiry()
    {
        if (workspace is IExpiringWorkspace expiring)
        {
            expiring.ExpiryWarning += OnExpiryWarning;
            expiring.Expired += OnExpired;
        }
    }

    private void StopWatchingExpiry()
    {
        if (workspace is IExpiringWorkspace expiring)
        {
            expiring.ExpiryWarning -= OnExpiryWarning;
            expiring.Expired -= OnExpired;
        }
    }

    // Raised on the provider's timer thread: store and tell, never block it.
    private void OnExpiryWarning(object? sender, WorkspaceExpiryWarning warning)
    {
        if (unavailable is null)
        {
            expiryWarning = warning;
            Changed?.Invoke(this);
        }
    }

    /// <summary>The event says only that it ended; the workspace's next operation says why, in both languages.</summary>
    private void OnExpired(object? sender, EventArgs e) => _ = LearnWhyAsync();

    private async Task LearnWhyAsync()
    {
        try
        {
            await workspace.GetSnapshotAsync();
        }
        catch (WorkspaceUnavailableException reason)
        {
            MarkUnavailable(reason);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Workspace {Workspace} expired and could not say why", Id);
        }
    }
}
