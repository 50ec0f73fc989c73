using LabHost.Workspaces.Simulated.Cli;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Programs;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated;

/// <summary>
/// One simulated lab machine: a Linux host with a Docker daemon, and a machine per running
/// container. Not safe for concurrent use: the workspace runs one command at a time.
/// </summary>
public sealed class SimulatedHost
{
    private readonly Dictionary<string, ContainerMachine> machines = new(StringComparer.Ordinal);
    private readonly ProgramTable containerPrograms;

    public SimulatedHost(DaemonState? state = null, ProcessClock? clock = null, WorkspaceLimits? limits = null)
    {
        Clock = clock ?? ProcessClock.Real;
        Daemon = new DockerDaemon(state, new ProcessTimeProvider(Clock), limits);
        Host = new HostMachine(this);
        ProgramSets.AddHost(Host.Programs, new DockerCli(this));
        containerPrograms = ProgramSets.AddContainer(new ProgramTable());
    }

    public DockerDaemon Daemon { get; }

    public HostMachine Host { get; }

    public ProcessClock Clock { get; }

    /// <summary>Interactive shells of containers started with -it, by container id.</summary>
    public Dictionary<string, IInteractiveConsole> Consoles { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes a container's interactive console; set by the workspace that owns a terminal.</summary>
    public Func<Container, ContainerMachine, IInteractiveConsole>? ConsoleFactory { get; set; }

    /// <summary>The container's main shell console, made on first use; null without a terminal.</summary>
    public IInteractiveConsole? ConsoleFor(Container container)
    {
        if (!Consoles.TryGetValue(container.Id, out var console) && ConsoleFactory is { } factory)
        {
            Consoles[container.Id] = console = factory(container, MachineOf(container));
        }

        return console;
    }

    public ContainerMachine MachineOf(Container container)
    {
        if (!machines.TryGetValue(container.Id, out var machine))
        {
            machines[container.Id] = machine = new ContainerMachine(container, Daemon.Network, containerPrograms);
        }

        return machine;
    }

    /// <summary>Runs argv in a running container as `docker exec` does (no shell unless argv asks for one).</summary>
    public async Task<int> ExecAsync(Container container, IReadOnlyList<string> argv, ProcessContext caller)
    {
        var machine = MachineOf(container);
        if (!machine.Programs.TryGet(PathNames.FileName(argv[0]), out var program))
        {
            await caller.Stderr.WriteLineAsync(
                $"OCI runtime exec failed: exec failed: unable to start container process: exec: \"{argv[0]}\": executable file not found in $PATH: unknown");
            return ExitCodes.CannotInvoke;
        }

        var context = new ProcessContext
        {
            Args = argv,
            Stdin = caller.Stdin,
            Stdout = caller.Stdout,
            Stderr = caller.Stderr,
            Machine = machine,
            Cancellation = caller.Cancellation,
            Terminal = caller.Terminal,
            Clock = Clock,
            Environment = ShellState.Create(ShellDialect.Ash, container.Hostname).Variables,
        };
        try
        {
            return await program.RunAsync(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await caller.Stderr.WriteLineAsync($"{argv[0]}: internal error: {e.Message}");
            return 1;
        }
    }

    /// <summary>Drops the container's machine if the daemon no longer has it (--rm, docker rm).</summary>
    public void ForgetIfRemoved(Container container)
    {
        if (!Daemon.Containers.Contains(container))
        {
            Forget(container);
        }
    }

    /// <summary>Drops the container's machine and console.</summary>
    public void Forget(Container container)
    {
        machines.Remove(container.Id);
        Consoles.Remove(container.Id);
    }
}
