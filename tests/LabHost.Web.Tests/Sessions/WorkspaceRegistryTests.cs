namespace LabHost.Web.Sessions;

public sealed class WorkspaceRegistryTests
{
    [Fact]
    public async Task EvictIdleAsync_UnwatchedPastTheTimeout_LetsGoAndTheNextOpenRestoresIt()
    {
        await using var factory = new LabHostFactory();
        var learner = new LearnerClient(factory);
        var registry = factory.Services.GetRequiredService<WorkspaceRegistry>();
        var live = registry.Find(await learner.OpenLabAsync())!;
        await live.TypeCommandAsync("docker network create kept-net");

        Assert.Equal(0, await registry.EvictIdleAsync(DateTimeOffset.UtcNow));
        Assert.Equal(1, await registry.EvictIdleAsync(DateTimeOffset.UtcNow.AddHours(1)));
        Assert.Null(registry.Find(live.Id));

        var reopened = registry.Find(await learner.OpenLabAsync())!;
        Assert.NotNull((await reopened.Workspace.GetSnapshotAsync()).Network("kept-net"));
    }
}
