using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;
using LabHost.Workspaces.Simulated.Workspace.Completion;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// What a reset replaces: one simulated host, its host shell on the workspace terminal, and the
/// main shells of its `-it` containers. Used only from the workspace's <see cref="SerialScheduler"/>.
/// </summary>
internal sealed class WorkspaceEngine
{
    /// <summary>Docker's default detach keys, ctrl-p,ctrl-q.</summary>
    public const string DetachKeys = "\u0010\u0011";

    private readonly ShellLimits limits;
    private readonly TerminalHub hub;
    private readonly CommandLog log;
    private readonly TaskScheduler scheduler;
    private readonly Dictionary<string, ShellSnapshot> savedShells;
    private bool retired;

    public WorkspaceEngine(WorkspaceSave? saved, DateTimeOffset start, WorkspaceLimits workspaceLimits, ShellLimits limits, TerminalHub hub, CommandLog log, TaskScheduler scheduler)
    {
        this.limits = limits;
        this.hub = hub;
        this.log = log;
        this.scheduler = scheduler;
        Clock = new WorkspaceClock(saved?.Clock ?? start);
        Host = new SimulatedHost(saved?.Daemon, Clock, workspaceLimits) { ConsoleFactory = NewContainerConsole };
        savedShells = new Dictionary<string, ShellSnapshot>(saved?.ContainerShells ?? [], StringComparer.Ordinal);
        foreach (var id in savedShells.Keys.ToList())
        {
            if (Host.Daemon.Containers.FirstOrDefault(c => c.Id == id) is { } container && Host.ConsoleFor(container) is ShellSession shell)
            {
                // The shell drew its prompt long ago, to a terminal nobody watched: a later attach shows nothing new.
                shell.Attach(_ => { }, hub.Columns, hub.Rows);
                shell.Detach();
            }
        }

        HostShell = StartHostShell(saved is null
            ? ShellState.Create(ShellDialect.Bash, Host.Host.Hostname)
            : ShellState.FromSnapshot(saved.HostShell));
    }

    public SimulatedHost Host { get; }

    public WorkspaceClock Clock { get; }

    public ShellSession HostShell { get; private set; }

    /// <summary>Main shells of running containers, by container id, to save.</summary>
    public Dictionary<string, ShellSnapshot> ContainerShells() =>
        Host.Consoles
            .Where(kv => kv.Value is ShellSession { Exited.IsCompleted: false } &&
                Host.Daemon.Containers.Any(c => c.Id == kv.Key && c.IsRunning))
            .ToDictionary(kv => kv.Key, kv => ((ShellSession)kv.Value).Save(), StringComparer.Ordinal);

    public void Resize(int columns, int rows) => HostShell.Resize(columns, rows);

    /// <summary>Stops writing to the terminal; what still runs in this engine goes on unseen.</summary>
    public void Retire()
    {
        retired = true;
        HostShell.Detach();
        foreach (var console in Host.Consoles.Values)
        {
            console.Detach();
        }
    }

    private ShellSession StartHostShell(ShellState state)
    {
        var options = new ShellSessionOptions
        {
            Limits = limits,
            Clock = Clock,
            Completion = shell => new DockerCompletionSource(Host, shell),
        };
        var session = new ShellSession(Host.Host, state, options);
        session.CommandCompleted += (line, status) => log.Add(new CommandRecord(line, null, status, Clock.Now));
        session.Exited.ContinueWith(_ => OnHostShellExited(session), CancellationToken.None, TaskContinuationOptions.None, scheduler);
        session.Attach(hub.Write, hub.Columns, hub.Rows);
        return session;
    }

    /// <summary>
    /// `exit` or Ctrl-D at the host prompt: a web terminal has nothing to close, so a new login
    /// shell starts, remembering the history (as bash re-reads ~/.bash_history).
    /// </summary>
    private void OnHostShellExited(ShellSession ended)
    {
        if (retired || !ReferenceEquals(ended, HostShell))
        {
            return;
        }

        ended.Detach();
        var state = ShellState.Create(ShellDialect.Bash, Host.Host.Hostname);
        state.History.AddRange(ended.State.History);
        HostShell = StartHostShell(state);
    }

    private ShellSession NewContainerConsole(Container container, ContainerMachine machine)
    {
        var state = savedShells.Remove(container.Id, out var saved)
            ? ShellState.FromSnapshot(saved)
            : ShellState.Create(ShellDialect.Ash, container.Hostname);
        var options = new ShellSessionOptions { Limits = limits, Clock = Clock, DetachKeys = DetachKeys };
        var session = new ShellSession(machine, state, options);
        session.CommandCompleted += (line, status) => log.Add(new CommandRecord(line, container.Name, status, Clock.Now));
        return session;
    }
}
