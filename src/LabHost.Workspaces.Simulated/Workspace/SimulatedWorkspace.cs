using LabHost.Workspaces.Simulated.Shell;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// A simulated lab machine behind the workspace contract: a <see cref="SimulatedHost"/> whose host
/// shell is the terminal. `docker run -it ... sh` and `docker attach` hand the keyboard to the
/// container's own shell (Ctrl-P Ctrl-Q gives it back). Safe for concurrent use: all work runs
/// one piece at a time on the workspace's own scheduler.
/// </summary>
public sealed class SimulatedWorkspace : IWorkspace, IIdleAwareWorkspace
{
    private readonly SerialScheduler serial = new();
    private readonly WorkspaceLimits limits;
    private readonly ShellLimits shellLimits;
    private readonly TerminalHub hub;
    private readonly CommandLog log;
    private readonly DateTimeOffset start;
    private WorkspaceEngine engine = null!;
    private bool disposed;

    private SimulatedWorkspace(string id, WorkspaceOptions options, WorkspaceLimits limits, DateTimeOffset start)
    {
        Id = id;
        Owner = options.Owner;
        this.limits = limits;
        this.start = start;
        shellLimits = new ShellLimits { MaxLineLength = limits.MaxLineLength, MaxOutputChars = limits.MaxOutputPerCommand };
        hub = new TerminalHub(limits.MaxScreenChars, options.Columns, options.Rows);
        log = new CommandLog(limits.MaxRecordedCommands);
    }

    public string Id { get; }

    public string Owner { get; }

    /// <summary>The simulated host, for tools and tests that need more than the contract; touch it only when idle.</summary>
    public SimulatedHost Host => engine.Host;

    /// <summary>Everything written to the terminal, the newest part (as a reconnecting session would paint it).</summary>
    public string ScreenText => hub.ScreenText;

    public Task<ITerminalSession> OpenTerminalAsync(CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Task.FromResult<ITerminalSession>(new SimulatedTerminalSession(this, hub));
    }

    public Task<WorkspaceSnapshot> GetSnapshotAsync(CancellationToken cancellation = default) =>
        serial.RunAsync(() => SnapshotBuilder.Build(Id, engine.Host, log.ToImmutable(), engine.Clock.Now));

    public Task<byte[]?> SaveAsync(CancellationToken cancellation = default) =>
        serial.RunAsync<byte[]?>(() => new WorkspaceSave
        {
            Id = Id,
            Owner = Owner,
            Clock = engine.Clock.Now,
            Daemon = engine.Host.Daemon.State,
            HostShell = engine.HostShell.Save(),
            ContainerShells = engine.ContainerShells(),
            Commands = [.. log.ToImmutable()],
            Screen = hub.ScreenText,
        }.ToBytes());

    public Task ResetAsync(CancellationToken cancellation = default) => serial.RunAsync(() =>
    {
        engine.Retire();
        log.Clear();
        hub.Clear();
        hub.Write("\u001b[H\u001b[2J");
        engine = new WorkspaceEngine(null, start, shellLimits, hub, log, serial);
    });

    /// <summary>Completes when every key sent so far was handled and nothing runs (tests, `labhost test`).</summary>
    public Task WhenIdleAsync() => serial.WhenIdleAsync();

    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            serial.RunAsync(() => engine.Retire());
        }

        return ValueTask.CompletedTask;
    }

    internal static async Task<SimulatedWorkspace> StartAsync(string id, WorkspaceOptions options, WorkspaceLimits limits, DateTimeOffset start, WorkspaceSave? saved)
    {
        var workspace = new SimulatedWorkspace(id, options, limits, start);
        await workspace.serial.RunAsync(() =>
        {
            workspace.log.AddRange(saved?.Commands ?? []);
            if (saved?.Screen is { Length: > 0 } screen)
            {
                // The old screen, its last line (a prompt, perhaps half a command) cleared for the new prompt.
                workspace.hub.Write(screen + "\r\u001b[K");
            }
            workspace.engine = new WorkspaceEngine(saved, start, workspace.shellLimits, workspace.hub, workspace.log, workspace.serial);
        });
        return workspace;
    }

    internal Task InputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellation)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (data.Length > limits.MaxInputBytes)
        {
            // A full tty input buffer drops what does not fit; the bell says something was lost.
            data = data[..limits.MaxInputBytes];
            hub.Write("\a");
        }

        var copy = data.ToArray();
        return serial.RunAsync(() => engine.HostShell.Input(copy));
    }

    internal void Resize(int columns, int rows)
    {
        hub.SetSize(columns, rows);
        serial.RunAsync(() => engine.Resize(columns, rows));
    }
}
