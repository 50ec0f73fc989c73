using Microsoft.Extensions.Time.Testing;

namespace LabHost.Workspaces.Docker;

[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerWorkspaceLifetimeTests(HostEngine engine)
{
    [Fact]
    public async Task Idle_BeforeTheEnd_WarnsAndExtendPushesTheEndBack()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = new DockerWorkspaceProvider(Options(), time: clock);
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "idle" });
        var warnings = new List<WorkspaceExpiryWarning>();
        workspace.ExpiryWarning += (_, w) => warnings.Add(w);
        var end = workspace.ExpiresAt;

        clock.Advance(TimeSpan.FromMinutes(8));
        await Task.Delay(100);

        var warning = Assert.Single(warnings);
        Assert.True(warning.Idle);
        Assert.Contains("입력이 없으면", warning.Korean);
        var extended = workspace.Extend();
        Assert.True(extended > end);
        Assert.NotNull((await workspace.GetSnapshotAsync()).Network("bridge"));
    }

    [Fact]
    public async Task MaxLifetime_Reached_EndsTheWorkspaceAndResetBringsANewOne()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = new DockerWorkspaceProvider(Options() with { IdleTimeout = TimeSpan.FromHours(1), MaxLifetime = TimeSpan.FromMinutes(20) }, time: clock);
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "lifetime" });
        var expired = new TaskCompletionSource();
        workspace.Expired += (_, _) => expired.TrySetResult();

        clock.Advance(TimeSpan.FromMinutes(21));
        await expired.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<WorkspaceUnavailableException>(() => workspace.GetSnapshotAsync());
        Assert.Contains("time limit", error.English);
        Assert.Null(workspace.ContainerId);
        await workspace.ResetAsync();
        Assert.NotNull((await workspace.GetSnapshotAsync()).Network("bridge"));
    }

    private DockerWorkspaceOptions Options() => engine.Options() with
    {
        IdleTimeout = TimeSpan.FromMinutes(10),
        WarningBefore = TimeSpan.FromMinutes(3),
        MaxLifetime = TimeSpan.FromHours(1),
    };
}
