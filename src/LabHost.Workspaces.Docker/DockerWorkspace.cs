using Docker.DotNet;
using Docker.DotNet.Models;
using LabHost.Workspaces.Docker.Recording;
using LabHost.Workspaces.Docker.Snapshots;
using LabHost.Workspaces.Docker.Terminal;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// A real lab machine: a Docker-in-Docker container on the host engine whose host shell (a TTY
/// exec of bash) is the terminal and whose inner engine the grader reads. Cannot be saved: its
/// state lives in the container. Safe for concurrent use: a reset or an expiry excludes every
/// other operation while it swaps the machine.
/// </summary>
public sealed partial class DockerWorkspace : IWorkspace, IIdleAwareWorkspace
{
    private readonly WorkspaceHost host;
    private readonly DockerWorkspaceOptions options;
    private readonly WorkspaceLimits limits;
    private readonly TimeProvider time;
    private readonly TerminalScreen screen;
    private readonly SemaphoreSlim gate = new(1, 1);
    private WorkspaceMachine? machine;
    private HostShell? shell;
    private CommandRecorder recorder = null!;
    private volatile WorkspaceUnavailableException? unavailable;
    private long lastInputTicks;
    private volatile bool disposed;

    private DockerWorkspace(WorkspaceHost host, DockerWorkspaceOptions options, WorkspaceLimits limits, TimeProvider time, string id, WorkspaceOptions workspaceOptions)
    {
        this.host = host;
        this.options = options;
        this.limits = limits;
        this.time = time;
        Id = id;
        Owner = workspaceOptions.Owner;
        screen = new TerminalScreen(limits.MaxScreenChars, workspaceOptions.Columns, workspaceOptions.Rows);
    }

    public string Id { get; }

    public string Owner { get; }

    /// <summary>The workspace container's id on the host engine (tests, operators); null while it has none.</summary>
    public string? ContainerId => machine?.ContainerId;

    public Task<ITerminalSession> OpenTerminalAsync(CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Task.FromResult<ITerminalSession>(new DockerTerminalSession(this, screen));
    }

    public async Task<WorkspaceSnapshot> GetSnapshotAsync(CancellationToken cancellation = default)
    {
        await gate.WaitAsync(cancellation);
        try
        {
            var current = Current();
            try
            {
                var (networks, containers, swarm) = await InnerEngineSnapshot.ReadAsync(current.Inner, keys => ReadSandboxesAsync(current, keys, cancellation), cancellation);
                return new WorkspaceSnapshot(Id, time.GetUtcNow(), networks, containers, swarm, recorder.ToImmutable());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (await IsAliveAsync(current))
                {
                    throw;
                }

                throw MarkUnavailable(WorkspaceMessages.Stopped(e));
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<byte[]?> SaveAsync(CancellationToken cancellation = default) => Task.FromResult<byte[]?>(null);

    public async Task ResetAsync(CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await gate.WaitAsync(cancellation);
        try
        {
            await TearDownAsync();
            screen.Clear();
            screen.Write("\u001b[H\u001b[2J");
            try
            {
                await AttachAsync(await host.BootAsync(Id, Owner, cancellation), cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw MarkUnavailable(WorkspaceMessages.CannotStart(e));
            }

            unavailable = null;
            RestartLifetime();
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        StopLifetime();
        await gate.WaitAsync();
        try
        {
            await TearDownAsync();
            screen.CloseAll();
        }
        finally
        {
            gate.Release();
        }
    }

    internal static async Task<DockerWorkspace> StartAsync(
        WorkspaceHost host, DockerWorkspaceOptions options, WorkspaceLimits limits, TimeProvider time, WorkspaceMachine machine, WorkspaceOptions workspaceOptions, CancellationToken cancellation)
    {
        var workspace = new DockerWorkspace(host, options, limits, time, machine.WorkspaceId, workspaceOptions);
        await workspace.AttachAsync(machine, cancellation);
        workspace.RestartLifetime();
        return workspace;
    }

    internal async Task InputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellation)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var current = shell;
        if (unavailable is not null || current is null)
        {
            throw unavailable ?? WorkspaceMessages.Stopped();
        }

        if (data.Length > limits.MaxInputBytes)
        {
            // A full tty input buffer drops what does not fit; the bell says something was lost.
            data = data[..limits.MaxInputBytes];
            screen.Write("\a");
        }

        Interlocked.Exchange(ref lastInputTicks, Environment.TickCount64);
        Touch();
        var newest = data.Span.Contains((byte)'\r') && recorder.Running is { Container: "" } ? await NewestContainerAsync(cancellation) : null;
        recorder.Input(data.Span, () => newest);
        try
        {
            await current.WriteAsync(data, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (machine is { } m && await IsAliveAsync(m))
            {
                throw;
            }

            throw MarkUnavailable(WorkspaceMessages.Stopped(e));
        }
    }

    internal void Resize(int columns, int rows)
    {
        screen.SetSize(columns, rows);
        if (shell is { } current)
        {
            _ = current.ResizeAsync(screen.Columns, screen.Rows, CancellationToken.None);
        }
    }

    private WorkspaceMachine Current()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return unavailable is { } gone ? throw gone : machine ?? throw WorkspaceMessages.Stopped();
    }

    private async Task AttachAsync(WorkspaceMachine booted, CancellationToken cancellation)
    {
        machine = booted;
        recorder = new CommandRecorder(booted.CommandLogPath, limits.MaxRecordedCommands, time);
        shell = await HostShell.StartAsync(host.Client, booted.ContainerId, screen, cancellation);
        _ = WatchShellAsync(booted, shell);
    }

    /// <summary>The shell ended: a learner's `exit` gets a new shell; a vanished container makes the workspace unavailable.</summary>
    private async Task WatchShellAsync(WorkspaceMachine watched, HostShell watchedShell)
    {
        try
        {
            await watchedShell.Ended;
        }
        catch (Exception)
        {
            // a broken stream is judged below like an ended one
        }

        await gate.WaitAsync();
        try
        {
            if (disposed || machine != watched || shell != watchedShell || unavailable is not null)
            {
                return;
            }

            if (await IsAliveAsync(watched))
            {
                screen.Write("\r\n");
                shell = await HostShell.StartAsync(host.Client, watched.ContainerId, screen, CancellationToken.None);
                _ = WatchShellAsync(watched, shell);
                return;
            }

            MarkUnavailable(WorkspaceMessages.Stopped());
        }
        catch (Exception e)
        {
            MarkUnavailable(WorkspaceMessages.Stopped(e));
        }
        finally
        {
            gate.Release();
        }
    }

    private WorkspaceUnavailableException MarkUnavailable(WorkspaceUnavailableException reason)
    {
        if (unavailable is null)
        {
            unavailable = reason;
            screen.Write(WorkspaceMessages.TerminalNotice(reason.English, reason.Korean));
        }

        return unavailable;
    }

    private async Task TearDownAsync()
    {
        if (shell is { } oldShell)
        {
            shell = null;
            await oldShell.DisposeAsync();
        }

        if (machine is { } old)
        {
            machine = null;
            old.Dispose();
            try
            {
                await host.RemoveAsync(old.ContainerId, old.StateDirectory);
            }
            catch (Exception)
            {
                // the host engine is down: the leftover is removed at the next start-up
            }
        }
    }

    private async Task<bool> IsAliveAsync(WorkspaceMachine m)
    {
        try
        {
            return await host.IsRunningAsync(m.ContainerId, CancellationToken.None);
        }
        catch (Exception)
        {
            return false;
        }
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<SandboxInterface>>> ReadSandboxesAsync(WorkspaceMachine m, IReadOnlyList<string> keys, CancellationToken cancellation)
    {
        var exec = await host.Client.Exec.CreateContainerExecAsync(
            m.ContainerId,
            new ContainerExecCreateParameters { AttachStdout = true, AttachStderr = true, Cmd = ["/bin/sh", "-c", SandboxInterfaces.Script(keys)] },
            cancellation);
        using var stream = await host.Client.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), cancellation);
        var (stdout, _) = await stream.ReadOutputToEndAsync(cancellation);
        return SandboxInterfaces.Parse(stdout);
    }

    private async Task<string?> NewestContainerAsync(CancellationToken cancellation)
    {
        try
        {
            var list = await Current().Inner.Containers.ListContainersAsync(new ContainersListParameters { All = true, Limit = 1 }, cancellation);
            return list.FirstOrDefault()?.Names.FirstOrDefault()?.TrimStart('/');
        }
        catch (DockerApiException)
        {
            return null;
        }
    }
}
