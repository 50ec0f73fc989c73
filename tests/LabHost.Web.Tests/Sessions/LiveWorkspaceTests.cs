using LabHost.Workspaces;
using Microsoft.AspNetCore.TestHost;

namespace LabHost.Web.Sessions;

/// <summary>A learner's open lab on the web app's own services, over <see cref="FaultyWorkspace"/>s.</summary>
public sealed class LiveWorkspaceTests : IAsyncLifetime
{
    private readonly FaultyWorkspaceProvider provider = new();
    private readonly LabHostFactory host = new();
    private WorkspaceRegistry registry = null!;

    public Task InitializeAsync()
    {
        var web = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IWorkspaceProvider>(provider)));
        registry = web.Services.GetRequiredService<WorkspaceRegistry>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TypeCommandAsync_SecondClickWhileTheTerminalOpens_OpensOneTerminal()
    {
        var live = await registry.OpenAsync("learner-" + Guid.NewGuid().ToString("N"), TestLabs.Lecture);
        var workspace = provider[live.Id];
        workspace.OpenTerminalHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = live.TypeCommandAsync("docker network ls");
        var second = live.TypeCommandAsync("docker ps");
        workspace.OpenTerminalHeld.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(1, workspace.TerminalsOpened);
    }
}
