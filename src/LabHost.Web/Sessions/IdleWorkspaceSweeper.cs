namespace LabHost.Web.Sessions;

/// <summary>Once a minute, lets go of workspaces nobody watches (see <see cref="WorkspaceRegistry.EvictIdleAsync"/>).</summary>
public sealed class IdleWorkspaceSweeper(WorkspaceRegistry registry, TimeProvider time, ILogger<IdleWorkspaceSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var evicted = await registry.EvictIdleAsync(time.GetUtcNow());
            if (evicted > 0)
            {
                logger.LogInformation("Let go of {Count} idle workspaces; {Live} remain", evicted, registry.Count);
            }
        }
    }
}
