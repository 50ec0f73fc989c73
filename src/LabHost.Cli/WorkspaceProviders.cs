using LabHost.Workspaces;
using LabHost.Workspaces.Docker;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Cli;

/// <summary>The workspace providers `labhost` can use, by name.</summary>
public static class WorkspaceProviders
{
    public static readonly IReadOnlyList<string> Names = ["simulated", "docker"];

    /// <summary>
    /// "docker" runs on the engine <paramref name="dockerHost"/> names, else DOCKER_HOST, else
    /// unix:///var/run/docker.sock (see <see cref="DockerEndpoint"/>), with the image
    /// LABHOST_WORKSPACE_IMAGE (default labhost/workspace:latest), the state directory
    /// LABHOST_WORKSPACE_STATE (default /var/lib/labhost/workspaces) and the name servers
    /// LABHOST_WORKSPACE_DNS (space-separated; <see cref="DockerWorkspaceOptions.Dns"/>). Null for an unknown name.
    /// </summary>
    public static IWorkspaceProvider? Create(string name, Uri? dockerHost = null)
    {
        switch (name)
        {
            case "simulated":
                return new SimulatedWorkspaceProvider();
            case "docker":
                var defaults = new DockerWorkspaceOptions();
                return new DockerWorkspaceProvider(defaults with
                {
                    Endpoint = DockerEndpoint(dockerHost),
                    Image = Environment.GetEnvironmentVariable("LABHOST_WORKSPACE_IMAGE") is { Length: > 0 } image ? image : defaults.Image,
                    StateDirectory = Environment.GetEnvironmentVariable("LABHOST_WORKSPACE_STATE") is { Length: > 0 } state ? state : defaults.StateDirectory,
                    Dns = Environment.GetEnvironmentVariable("LABHOST_WORKSPACE_DNS")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? defaults.Dns,
                    Instance = "labhost-cli",
                });
            default:
                return null;
        }
    }

    /// <summary>The engine "docker" uses: the one given, else DOCKER_HOST (as the docker CLI reads it), else the default socket.</summary>
    public static Uri DockerEndpoint(Uri? dockerHost = null) =>
        dockerHost ?? (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host ? new Uri(host) : new DockerWorkspaceOptions().Endpoint);
}
