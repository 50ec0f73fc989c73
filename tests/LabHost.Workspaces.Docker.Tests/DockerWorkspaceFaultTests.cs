using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using LabHost.Workspaces.Testing;

namespace LabHost.Workspaces.Docker;

/// <summary>What a learner sees when their machine dies under them, and that the server goes on serving others.</summary>
[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerWorkspaceFaultTests(HostEngine engine)
{
    private const string Prompt = "root@labhost:~# ";

    [Fact]
    public async Task KillContainer_MidSession_OperationsFailClearlyAndResetWorks()
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options());
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "victim" });
        await using var bystander = await provider.CreateAsync(new WorkspaceOptions { Owner = "bystander" });
        await using var terminal = await OpenAsync(workspace);
        await terminal.RunAsync("docker network create before-kill", Prompt);

        using (var client = engine.Client())
        {
            await client.Containers.KillContainerAsync(workspace.ContainerId!, new ContainerKillParameters { Signal = "KILL" });
        }

        var error = await EventuallyThrowsAsync(() => workspace.GetSnapshotAsync());
        Assert.Contains("Reset", error.English);
        Assert.Contains("초기화", error.Korean);
        await Assert.ThrowsAsync<WorkspaceUnavailableException>(() => terminal.Session.WriteInputAsync(Encoding.UTF8.GetBytes("ls\r")));
        await terminal.WaitForAsync(t => t.Contains("[LabHost] Your lab machine has stopped", StringComparison.Ordinal));
        Assert.NotNull((await bystander.GetSnapshotAsync()).Network("bridge"));

        terminal.Mark();
        await workspace.ResetAsync();
        await terminal.WaitForAsync(t => t.EndsWith(Prompt, StringComparison.Ordinal));
        Assert.StartsWith("echo back\r\nback\r\n", await terminal.RunAsync("echo back", Prompt));
        Assert.Null((await workspace.GetSnapshotAsync()).Network("before-kill"));
    }

    [Fact]
    public async Task RestartHostEngine_MidSession_OperationsFailClearlyAndResetWorksWhenItIsBack()
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options());
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "restart" });
        await using var terminal = await OpenAsync(workspace);
        await terminal.RunAsync("docker network create before-restart", Prompt);

        await engine.RestartAsync();

        var error = await EventuallyThrowsAsync(() => workspace.GetSnapshotAsync());
        Assert.Contains("Reset", error.English);
        terminal.Mark();
        await workspace.ResetAsync();
        await terminal.WaitForAsync(t => t.EndsWith(Prompt, StringComparison.Ordinal));
        Assert.StartsWith("echo again\r\nagain\r\n", await terminal.RunAsync("echo again", Prompt));
        Assert.Null((await workspace.GetSnapshotAsync()).Network("before-restart"));
        await using var fresh = await provider.CreateAsync(new WorkspaceOptions { Owner = "after-restart" });
        Assert.NotNull((await fresh.GetSnapshotAsync()).Network("bridge"));
    }

    private static async Task<TerminalDriver> OpenAsync(IWorkspace workspace)
    {
        var terminal = new TerminalDriver(await workspace.OpenTerminalAsync(), TimeSpan.FromSeconds(60));
        await terminal.WaitForAsync(t => t.EndsWith(Prompt, StringComparison.Ordinal));
        return terminal;
    }

    /// <summary>The machine's end is noticed within seconds (the shell's stream closes, or the next call fails).</summary>
    private static async Task<WorkspaceUnavailableException> EventuallyThrowsAsync(Func<Task> operation)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await operation();
            }
            catch (WorkspaceUnavailableException e)
            {
                return e;
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException("the workspace never reported that its machine is gone");
    }
}
