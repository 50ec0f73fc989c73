namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// Runs a workspace's work one task at a time, in order: keystrokes, the shell lines they start
/// (their awaits come back here, since the shell code captures the current scheduler), snapshots
/// and saves. The daemon and the network engine are not safe for concurrent use; everything that
/// touches them runs here. Safe for concurrent use.
/// </summary>
internal sealed class SerialScheduler : TaskScheduler
{
    private readonly object gate = new();
    private readonly Queue<Task> queue = new();
    private readonly TaskFactory factory;
    private bool draining;
    private TaskCompletionSource? idle;

    public SerialScheduler()
    {
        factory = new TaskFactory(CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskContinuationOptions.None, this);
    }

    public override int MaximumConcurrencyLevel => 1;

    public Task RunAsync(Action action) => factory.StartNew(action);

    public Task<T> RunAsync<T>(Func<T> function) => factory.StartNew(function);

    public Task RunAsync(Func<Task> function) => factory.StartNew(function).Unwrap();

    /// <summary>
    /// Completes when nothing is queued: every key was handled and every line that could go on
    /// has (a workspace clock's delays stay in the queue; a console waiting for keys does not).
    /// </summary>
    public Task WhenIdleAsync()
    {
        lock (gate)
        {
            if (!draining && queue.Count == 0)
            {
                return Task.CompletedTask;
            }

            idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return idle.Task;
        }
    }

    protected override void QueueTask(Task task)
    {
        lock (gate)
        {
            queue.Enqueue(task);
            if (draining)
            {
                return;
            }

            draining = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(_ => Drain(), null);
    }

    // Never inline: a task runs only from the drain loop, so two never overlap.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (gate)
        {
            return [.. queue];
        }
    }

    private void Drain()
    {
        while (true)
        {
            Task task;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    draining = false;
                    idle?.TrySetResult();
                    idle = null;
                    return;
                }

                task = queue.Dequeue();
            }

            TryExecuteTask(task);
        }
    }
}
