using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Cli;

/// <summary>What a docker command runs with: the process it is, the host it runs on and its daemon.</summary>
public sealed class DockerContext(ProcessContext process, SimulatedHost host)
{
    public ProcessContext Process { get; } = process;

    public SimulatedHost Host { get; } = host;

    public DockerDaemon Daemon => Host.Daemon;

    public TextWriter Out => Process.Stdout;

    public TextWriter Err => Process.Stderr;

    public DateTimeOffset Now => Daemon.Clock.GetUtcNow();

    /// <summary>Finds the container, or prints the daemon's "No such container" and returns null.</summary>
    public Container? ContainerOrError(string idOrName)
    {
        try
        {
            return Daemon.GetContainer(idOrName);
        }
        catch (DaemonException e)
        {
            DaemonError(e);
            return null;
        }
    }

    /// <summary>Prints a daemon error as the CLI does and returns status 1.</summary>
    public int DaemonError(DaemonException e)
    {
        Err.WriteLine($"Error response from daemon: {e.Message}");
        return ExitCodes.Error;
    }
}
