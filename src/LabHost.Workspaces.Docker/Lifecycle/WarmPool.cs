using System.Collections.Concurrent;

namespace LabHost.Workspaces.Docker.Lifecycle;

/// <summary>
/// Workspace containers booted ahead of time, so a learner does not wait for a boot. A taken one
/// is replaced in the background. Pool containers are labelled with the owner "(pool)" (a label
/// cannot change after creation); the workspace's owner is its <see cref="IWorkspace.Owner"/>, and
/// a reset boots a container labelled with it. Safe for concurrent use.
/// </summary>
internal sealed class WarmPool(WorkspaceHost host, int size, Func<string> newId) : IAsyncDisposable
{
    private readonly ConcurrentQueue<WorkspaceMachine> ready = new();
    private readonly SemaphoreSlim filling = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private Task fill = Task.CompletedTask;

    public int Count => ready.Count;

    public WorkspaceMachine? TryTake()
    {
        var taken = ready.TryDequeue(out var machine) ? machine : null;
        Refill();
        return taken;
    }

    /// <summary>Starts topping the pool up in the background (one boot at a time: boots compete for the same CPUs).</summary>
    public void Refill()
    {
        if (size > 0 && !stop.IsCancellationRequested && filling.Wait(0))
        {
            fill = Task.Run(async () =>
            {
                try
                {
                    while (ready.Count < size && !stop.IsCancellationRequested)
                    {
                        ready.Enqueue(await host.BootAsync(newId(), WorkspaceLabels.PoolOwner, stop.Token));
                    }
                }
                catch (Exception)
                {
                    // the host engine is unavailable: workspaces boot on demand until the next refill
                }
                finally
                {
                    filling.Release();
                }
            });
        }
    }

    /// <summary>Waits until the pool is full (tests and benchmarks).</summary>
    public async Task WhenFullAsync(CancellationToken cancellation)
    {
        while (ready.Count < size)
        {
            Refill();
            await fill.WaitAsync(cancellation);
            if (ready.Count < size)
            {
                await Task.Delay(100, cancellation);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await fill;
        }
        catch (OperationCanceledException)
        {
        }

        while (ready.TryDequeue(out var machine))
        {
            machine.Dispose();
            await host.RemoveAsync(machine.ContainerId, machine.StateDirectory);
        }
    }
}
