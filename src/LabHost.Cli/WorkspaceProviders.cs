using LabHost.Workspaces;
using LabHost.Workspaces.Docker;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Cli;

/// <summary>The workspace providers `labhost` can use, by name.</summary>
public static class WorkspaceProviders
{
    public static readonly IReadOnlyList<string> Names = ["simulated", "docker"];

    /// <summary>
    /// "docker" runs on the engine DOCKER_HOST names (default unix:///var/run/docker.sock), with the
    /// image LABHOST_WORKSPACE_IMAGE (default labhost/workspace:latest) and the state directory
    /// LABHOST_WORKSPACE_STATE (default /var/lib/labhost/workspaces). Null for an unknown name.
    /// </summary>
    public static IWorkspaceProvider? Create(string name)
    {
        switch (name)
        {
            case "simulated":
                return new SimulatedWorkspaceProvider();
            case "docker":
                var defaults = new DockerWorkspaceOptions();
                return new DockerWorkspaceProvider(defaults with
                {
                    Endpoint = Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host ? new Uri(host) : defaults.Endpoint,
                    Image = Environment.GetEnvironmentVariable("LABHOST_WORKSPACE_IMAGE") is { Length: > 0 } image ? image : defaults.Image,
                    StateDirectory = Environment.GetEnvironmentVariable("LABHOST_WORKSPACE_STATE") is { Length: > 0 } state ? state : defaults.StateDirectory,
                    Instance = "labhost-cli",
                });
            default:
                return null;
        }
    }
}
