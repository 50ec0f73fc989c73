using LabHost.Workspaces;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Web.Sessions;

/// <summary>
/// A simulated workspace whose machine a test can take away (every operation then throws
/// <see cref="WorkspaceUnavailableException"/>, as the Docker workspace does after its container
/// died) and that warns and expires on demand. A reset brings the machine back.
/// </summary>
internal sealed class FaultyWorkspace(IWorkspace inner) : IWorkspace, IExpiringWorkspace
{
    public static readonly WorkspaceUnavailableException Stopped = new("Your lab machine has stopped. Press Reset.", "실습 머신이 멈췄습니다. 초기화를 누르세요.");
    public static readonly WorkspaceUnavailableException TimedOut = new("Your lab machine reached its time limit.", "실습 머신이 사용 시간 한도에 도달했습니다.");
    private volatile WorkspaceUnavailableException? gone;

    public event EventHandler<WorkspaceExpiryWarning>? ExpiryWarning;

    public event EventHandler? Expired;

    public string Id => inner.Id;

    public string Owner => inner.Owner;

    public DateTimeOffset ExpiresAt { get; private set; } = DateTimeOffset.UtcNow.AddHours(1);

    public int Extensions { get; private set; }

    /// <summary>The next reset fails too (no machine can be started).</summary>
    public WorkspaceUnavailableException? ResetFailure { get; set; }

    private int terminalsOpened;

    public void Kill() => gone = Stopped;

    public void Warn(TimeSpan left)
    {
        ExpiresAt = DateTimeOffset.UtcNow + left;
        ExpiryWarning?.Invoke(this, new WorkspaceExpiryWarning(ExpiresAt, true, "closes soon", "곧 닫힙니다"));
    }

    public void Expire()
    {
        gone = TimedOut;
        Expired?.Invoke(this, EventArgs.Empty);
    }

    public DateTimeOffset Extend()
    {
        Extensions++;
        return ExpiresAt = DateTimeOffset.UtcNow.AddHours(1);
    }

    /// <summary>How many terminal sessions were opened.</summary>
    public int TerminalsOpened => Volatile.Read(ref terminalsOpened);

    /// <summary>When set, opening a terminal waits for it: a slow attach.</summary>
    public TaskCompletionSource? OpenTerminalHeld { get; set; }

    public async Task<ITerminalSession> OpenTerminalAsync(CancellationToken cancellation = default)
    {
        Interlocked.Increment(ref terminalsOpened);
        if (OpenTerminalHeld is { } held)
        {
            await held.Task.WaitAsync(cancellation);
        }
        return new FaultyTerminalSession(await inner.OpenTerminalAsync(cancellation), () => gone);
    }

    public Task<WorkspaceSnapshot> GetSnapshotAsync(CancellationToken cancellation = default) =>
        gone is { } reason ? Task.FromException<WorkspaceSnapshot>(reason) : inner.GetSnapshotAsync(cancellation);

    public Task<byte[]?> SaveAsync(CancellationToken cancellation = default) =>
        gone is { } reason ? Task.FromException<byte[]?>(reason) : inner.SaveAsync(cancellation);

    public async Task ResetAsync(CancellationToken cancellation = default)
    {
        if (ResetFailure is { } failure)
        {
            gone = failure;
            throw failure;
        }
        await inner.ResetAsync(cancellation);
        gone = null;
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
