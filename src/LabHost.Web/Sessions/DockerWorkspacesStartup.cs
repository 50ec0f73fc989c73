using LabHost.Workspaces.Docker;

namespace LabHost.Web.Sessions;

/// <summary>
/// With Docker workspaces: at start-up, remove the workspace containers an earlier run of this
/// server left (found by label) and start filling the warm pool. At shutdown the container
/// disposes the provider, which removes this run's workspaces.
/// </summary>
public sealed class DockerWorkspacesStartup(DockerWorkspaceProvider provider, ILogger<DockerWorkspacesStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await provider.StartAsync();
            logger.LogInformation("Docker workspaces: {Removed} leftover workspace container(s) removed", removed);
        }
        catch (Exception e)
        {
            // The engine may come later: workspaces then fail with a message the learner can act on.
            logger.LogError(e, "Docker workspaces: the host engine is not reachable at start-up");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
