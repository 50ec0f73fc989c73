using Docker.DotNet;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// One booted Docker-in-Docker container: its id on the host engine, the host directory
/// bind-mounted at /run/labhost, and a client for the inner engine's socket in that directory.
/// </summary>
internal sealed class WorkspaceMachine(string workspaceId, string containerId, string stateDirectory) : IDisposable
{
    public string WorkspaceId { get; } = workspaceId;

    public string ContainerId { get; } = containerId;

    /// <summary>The host side of /run/labhost.</summary>
    public string StateDirectory { get; } = stateDirectory;

    public string CommandLogPath => Path.Combine(StateDirectory, "commands.log");

    /// <summary>The inner engine, reached through its socket in the bind-mounted directory (no network port).</summary>
    public DockerClient Inner { get; } = DockerClients.ForSocket(Path.Combine(stateDirectory, "docker.sock"));

    public void Dispose() => Inner.Dispose();
}
