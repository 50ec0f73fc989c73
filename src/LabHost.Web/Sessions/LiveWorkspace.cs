using System.Text;
using LabHost.Web.Labs;
using LabHost.Web.Progress;
using LabHost.Workspaces;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Web.Sessions;

/// <summary>
/// A learner's open lab: the workspace, the <see cref="LabRun"/> and the saving of both. After
/// each command (input with Enter or a control key) it waits until the workspace is idle, takes a
/// snapshot, and when the workspace changed re-runs the current step's checks and saves progress
/// with the workspace's bytes. <see cref="Changed"/> tells open pages. Safe for concurrent use:
/// one gate serialises checks, saves and resets. A machine that is gone (its container killed,
/// its engine restarted, or expired) is remembered in <see cref="Unavailable"/> until a reset.
/// </summary>
public sealed partial class LiveWorkspace : IAsyncDisposable
{
    private static readonly TimeSpan FollowUpDelay = TimeSpan.FromMilliseconds(300);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ProgressStore store;
    private readonly ILogger logger;
    private IWorkspace workspace;
    private volatile ITerminalSession? serverSession;
    private string? lastState;
    private int sockets;

    public LiveWorkspace(IWorkspace workspace, LabRun run, ProgressStore store, ILogger logger)
    {
        this.workspace = workspace;
        this.store = store;
        this.logger = logger;
        Run = run;
        WatchExpiry();
    }

    /// <summary>Raised after checks ran or progress changed; handlers must not block.</summary>
    public event Action<LiveWorkspace>? Changed;

    public string Id => workspace.Id;

    public string LearnerId => Run.LearnerId;

    public LoadedLab Lab => Run.Lab;

    public LabRun Run { get; }

    public IWorkspace Workspace => workspace;

    public WorkspaceSnapshot? Snapshot { get; private set; }

    /// <summary>When someone last typed, checked or looked; with <see cref="Watchers"/>, what idle eviction reads.</summary>
    public DateTimeOffset LastActivity { get; private set; } = DateTimeOffset.UtcNow;

    /// <summary>Open terminal sockets and pages listening to <see cref="Changed"/>.</summary>
    public int Watchers => Volatile.Read(ref sockets) + (Changed?.GetInvocationList().Length ?? 0);

    /// <summary>A terminal socket opened (+1) or closed (-1).</summary>
    public void SocketOpened(int delta)
    {
        Interlocked.Add(ref sockets, delta);
        LastActivity = DateTimeOffset.UtcNow;
    }

    public Task<ITerminalSession> OpenTerminalAsync(CancellationToken cancellation) => GuardAsync(() => workspace.OpenTerminalAsync(cancellation));

    /// <summary>Called with every input a terminal sent; when it may end a command, checks once the workspace is idle.</summary>
    public async Task InputSentAsync(ReadOnlyMemory<byte> input)
    {
        if (!MayEndCommand(input.Span))
        {
            return;
        }
        try
        {
            await SettleAsync("live");
            // A detach (Ctrl-P Ctrl-Q) ends `docker attach` just after the workspace reports idle: look once more.
            await Task.Delay(FollowUpDelay);
            await SettleAsync("live");
        }
        catch (Exception e)
        {
            // Already logged; a failed live check must not take the terminal down with it.
            logger.LogDebug(e, "Live check of {Workspace} skipped", Id);
        }
    }

    /// <summary>Types a command (the Run buttons): each line followed by Enter.</summary>
    public async Task TypeCommandAsync(string command, CancellationToken cancellation = default)
    {
        var session = await ServerSessionAsync(cancellation);
        foreach (var line in command.Split('\n'))
        {
            await GuardAsync(async () =>
            {
                await session.WriteInputAsync(Encoding.UTF8.GetBytes(line + "\r"), cancellation);
                return 0;
            });
            await SettleAsync("live");
        }
    }

    /// <summary>The Run buttons' own terminal, opened once under the gate: two quick clicks must not open (and leak) two.</summary>
    private async Task<ITerminalSession> ServerSessionAsync(CancellationToken cancellation)
    {
        if (serverSession is { } open)
        {
            return open;
        }
        await gate.WaitAsync(cancellation);
        try
        {
            return serverSession ??= await OpenTerminalAsync(cancellation);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The Check button ("button"), or a page's first look ("open"): always runs the checks and records the attempt.</summary>
    public Task<Evaluation> CheckAsync(string trigger = "button") => SettleAsync(trigger, force: true);

    public async Task AnswerQuizAsync(string quizId, string answer)
    {
        await WithGateAsync(() => Run.AnswerQuiz(quizId, answer, store.Now), new QuizAnswer
        {
            LearnerId = LearnerId,
            LabId = Lab.Id,
            QuizId = quizId,
            Answer = answer,
            AnsweredAt = store.Now,
        });
        await SettleAsync("quiz", force: true);
    }

    public Task ViewHintAsync(string stepId) => WithGateAsync(() => Run.ViewHint(stepId, store.Now));

    public Task ViewTextHintAsync(string stepId) => WithGateAsync(() => Run.ViewTextHint(stepId, store.Now));

    public Task ViewSolutionAsync(string stepId, string? detail = null) => WithGateAsync(() => Run.ViewSolution(stepId, store.Now, detail));

    /// <summary>A fresh machine; clears <see cref="Unavailable"/> and any expiry warning. Throws <see cref="WorkspaceUnavailableException"/> when no machine can be started.</summary>
    public async Task ResetAsync()
    {
        try
        {
            await GuardAsync(async () =>
            {
                await gate.WaitAsync();
                try
                {
                    await workspace.ResetAsync();
                    // The new machine works: a snapshot or a save failing after this does not make it gone.
                    unavailable = null;
                    expiryWarning = null;
                    Run.WorkspaceReset(store.Now);
                    Snapshot = await workspace.GetSnapshotAsync();
                    lastState = null;
                    await SaveAsync(null);
                }
                finally
                {
                    gate.Release();
                }
                return 0;
            });
        }
        finally
        {
            // Also when saving failed: other pages learn that the machine is back.
            Changed?.Invoke(this);
        }
    }

    public async ValueTask DisposeAsync()
    {
        StopWatchingExpiry();
        if (serverSession is not null)
        {
            await serverSession.DisposeAsync();
        }
        await workspace.DisposeAsync();
        gate.Dispose();
    }

    /// <summary>Enter, Ctrl-C, Ctrl-D, Ctrl-P/Ctrl-Q (detach): the keys after which the workspace may have changed.</summary>
    internal static bool MayEndCommand(ReadOnlySpan<byte> input) =>
        input.IndexOfAny("\r\n\u0003\u0004\u0011"u8) >= 0;

    private Task<Evaluation> SettleAsync(string trigger, bool force = false) => GuardAsync(() => SettleOnceAsync(trigger, force));

    private async Task<Evaluation> SettleOnceAsync(string trigger, bool force)
    {
        LastActivity = DateTimeOffset.UtcNow;
        if (workspace is IIdleAwareWorkspace idle)
        {
            await idle.WhenIdleAsync();
        }
        else
        {
            await Task.Delay(200);
        }

        Evaluation evaluation;
        await gate.WaitAsync();
        try
        {
            var snapshot = await workspace.GetSnapshotAsync();
            var state = WorkspaceSnapshotJson.Serialize(snapshot with { TakenAt = default, WorkspaceId = string.Empty });
            var changed = state != lastState;
            if (!changed && !force)
            {
                return Run.LastEvaluation;
            }
            Snapshot = snapshot;
            evaluation = Run.Evaluate(snapshot, store.Now, trigger);
            await SaveAsync(changed ? await workspace.SaveAsync() : null);
            lastState = state;
        }
        catch (Exception e) when (e is not (OperationCanceledException or WorkspaceUnavailableException))
        {
            logger.LogError(e, "Checking workspace {Workspace} failed", workspace.Id);
            throw;
        }
        finally
        {
            gate.Release();
        }
        Changed?.Invoke(this);
        return evaluation;
    }

    private async Task WithGateAsync(Action change, QuizAnswer? answer = null)
    {
        await gate.WaitAsync();
        try
        {
            change();
            await SaveAsync(null, answer);
        }
        finally
        {
            gate.Release();
        }
        Changed?.Invoke(this);
    }

    private async Task SaveAsync(byte[]? workspaceState, QuizAnswer? answer = null)
    {
        var (steps, events) = Run.TakeChanges();
        await store.SaveAsync(LearnerId, Lab.Id, workspaceState, steps, events, answer);
    }
}
