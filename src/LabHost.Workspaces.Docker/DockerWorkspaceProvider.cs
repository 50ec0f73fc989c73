using System.Collections.Concurrent;
using Docker.DotNet;
using LabHost.Workspaces.Docker.Lifecycle;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// Makes Docker-in-Docker workspaces on a host engine. At start-up it removes the containers an
/// earlier run of the same instance left (found by label) and fills the warm pool. Disposing it
/// removes every workspace it made. Safe for concurrent use.
/// </summary>
public sealed class DockerWorkspaceProvider : IWorkspaceProvider, IAsyncDisposable
{
    private readonly DockerWorkspaceOptions options;
    private readonly TimeProvider time;
    private readonly DockerClient client;
    private readonly WorkspaceHost host;
    private readonly WarmPool pool;
    private readonly ConcurrentDictionary<DockerWorkspace, byte> live = new();
    private readonly object startGate = new();
    private Task<int>? started;

    public DockerWorkspaceProvider(DockerWorkspaceOptions? options = null, WorkspaceLimits? limits = null, TimeProvider? time = null)
    {
        this.options = options ?? new DockerWorkspaceOptions();
        this.time = time ?? TimeProvider.System;
        Limits = limits ?? WorkspaceLimits.Default;
        client = DockerClients.Create(this.options.Endpoint);
        host = new WorkspaceHost(this.options, Limits, client);
        pool = new WarmPool(host, this.options.PoolSize, NewId);
    }

    public string Name => "docker";

    /// <summary>
    /// The container and network counts are held by the image's `docker` wrapper (the learner's
    /// CLI, with the simulated workspace's words); what bounds the machine itself is the
    /// container's CPU, memory and pids limits (<see cref="DockerWorkspaceOptions"/>).
    /// </summary>
    public WorkspaceLimits Limits { get; }

    public bool CanSave => false;

    /// <summary>Ready workspaces waiting in the pool.</summary>
    public int PoolCount => pool.Count;

    /// <summary>
    /// Removes leftovers and starts filling the pool; returns how many leftovers were removed. Runs
    /// once, or again after a failure (the host engine was not reachable yet).
    /// </summary>
    public Task<int> StartAsync()
    {
        lock (startGate)
        {
            if (started is null || started.IsFaulted || started.IsCanceled)
            {
                started = StartUpAsync();
            }

            return started;
        }
    }

    /// <summary>Waits until the warm pool holds its configured size.</summary>
    public async Task WhenPoolFullAsync(CancellationToken cancellation = default)
    {
        await StartAsync();
        await pool.WhenFullAsync(cancellation);
    }

    public async Task<IWorkspace> CreateAsync(WorkspaceOptions options, CancellationToken cancellation = default)
    {
        WorkspaceMachine? machine;
        try
        {
            await StartAsync();
            machine = pool.TryTake() ?? await host.BootAsync(NewId(), options.Owner, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw WorkspaceMessages.CannotStart(e);
        }

        var workspace = await DockerWorkspace.StartAsync(host, this.options, Limits, time, machine, options, cancellation);
        live[workspace] = 0;
        workspace.Expired += (_, _) => live.TryRemove(workspace, out _);
        return workspace;
    }

    public Task<IWorkspace> RestoreAsync(ReadOnlyMemory<byte> saved, WorkspaceOptions options, CancellationToken cancellation = default) =>
        throw new WorkspaceRestoreException("docker workspaces cannot be saved or restored: their state lives in the container");

    public async ValueTask DisposeAsync()
    {
        await pool.DisposeAsync();
        foreach (var workspace in live.Keys)
        {
            await workspace.DisposeAsync();
        }

        client.Dispose();
    }

    private async Task<int> StartUpAsync()
    {
        var removed = await host.RemoveLeftoversAsync(CancellationToken.None);
        if (options.Network is not ("bridge" or "default" or "host" or "none"))
        {
            await host.EnsureNetworkAsync(CancellationToken.None);
        }

        pool.Refill();
        return removed;
    }

    private static string NewId() => "ws-" + Guid.NewGuid().ToString("N")[..16];
}
