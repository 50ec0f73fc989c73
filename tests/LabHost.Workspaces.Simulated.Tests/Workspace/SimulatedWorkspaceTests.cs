using System.Net;
using LabHost.Workspaces;
using LabHost.Workspaces.Snapshots;
using LabHost.Workspaces.Testing;
using static LabHost.Workspaces.Simulated.Workspace.LectureSession;

namespace LabHost.Workspaces.Simulated.Workspace;

public sealed class SimulatedWorkspaceTests : IAsyncLifetime
{
    private readonly SimulatedWorkspaceProvider provider = new(time: FixedTime.Lecture);
    private SimulatedWorkspace workspace = null!;
    private TerminalDriver terminal = null!;

    public async Task InitializeAsync()
    {
        workspace = (SimulatedWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "learner" });
        terminal = new TerminalDriver(await workspace.OpenTerminalAsync());
        await terminal.WaitForAsync(t => t.EndsWith(HostPrompt, StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await terminal.DisposeAsync();
        await workspace.DisposeAsync();
    }

    [Fact]
    public async Task LectureWalkThrough_TypedKeyByKey_ShowsTheLecturesAddresses()
    {
        var created = await TypeLinesAsync(terminal, CreateUserNetwork, HostPrompt);
        Assert.Matches("^docker network create \\\\\r\n>  --driver bridge \\\\\r\n(> .*\r\n){6}>  user-network\r\n[0-9a-f]{64}\r\nroot@labhost:~# $", created);

        var run = await TypeLinesAsync(terminal, RunExplorer, ContainerPrompt);
        Assert.EndsWith(">  sh\r\n/ # ", run);

        var first = await terminal.RunAsync(ShowAddresses, ContainerPrompt);
        Assert.Equal(
            "ip -f inet -4 -o addr\r\n" +
            "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\r\n" +
            $"{EthIndex(first, "eth0")}: eth0    inet 10.0.42.129/24 brd 10.0.42.255 scope global eth0\\       valid_lft forever preferred_lft forever\r\n" +
            "/ # ",
            first);

        // Real docker: leaving `docker run -it` prints nothing; the host prompt follows "/ # ".
        Assert.Equal(HostPrompt, await DetachAsync(terminal));
        Assert.Contains("Up", await terminal.RunAsync("docker ps --filter name=network-explorer --format '{{.Status}}'", HostPrompt));

        await TypeLinesAsync(terminal, CreateUserNetwork2, HostPrompt);
        Assert.EndsWith(">  network-explorer\r\n" + HostPrompt, await TypeLinesAsync(terminal, ConnectExplorer, HostPrompt));

        // Like real docker, attaching draws nothing until a key is pressed.
        Assert.Equal("docker attach network-explorer\r\n", await AttachAsync(workspace, terminal));
        var second = await terminal.RunAsync(ShowAddresses, ContainerPrompt);
        Assert.Contains(": eth0    inet 10.0.42.129/24 brd 10.0.42.255 scope global eth0\\", second);
        Assert.Contains(": eth1    inet 10.0.43.129/24 brd 10.0.43.255 scope global eth1\\", second);
        Assert.EndsWith("eth1\\       valid_lft forever preferred_lft forever\r\n/ # ", second);
    }

    [Fact]
    public async Task LectureWalkThrough_Snapshot_RecordsWhereEachCommandRanAndTheInterfaces()
    {
        await WalkAsync(workspace, terminal);

        var snapshot = await workspace.GetSnapshotAsync();

        var container = snapshot.Container("network-explorer")!;
        Assert.Equal((ContainerState.Running, "alpine:latest"), (container.State, container.Image));
        Assert.Equal(
            [("eth0", "user-network", "10.0.42.129", 24, "02:42:0a:00:2a:81"), ("eth1", "user-network2", "10.0.43.129", 24, "02:42:0a:00:2b:81")],
            container.Interfaces.Select(i => (i.Name, i.NetworkName, i.IPv4!.ToString(), i.PrefixLength, i.MacAddress)));
        var pool = snapshot.Network("user-network2")!.Ipam.Single();
        Assert.Equal((IPNetwork.Parse("10.0.43.0/24"), IPNetwork.Parse("10.0.43.128/25")), (pool.Subnet, pool.IpRange));
        Assert.Equal(
            [
                (string.Join("\n", CreateUserNetwork), (string?)null, 0),
                (ShowAddresses, "network-explorer", 0),
                (string.Join("\n", RunExplorer), null, 0),
                (string.Join("\n", CreateUserNetwork2), null, 0),
                (string.Join("\n", ConnectExplorer), null, 0),
                (ShowAddresses, "network-explorer", 0),
            ],
            snapshot.Commands.Select(c => (c.Text, c.Container, c.ExitStatus)));
    }

    [Fact]
    public async Task ExitInContainerShell_EndsTheContainerWithItsStatus()
    {
        await WalkAsync(workspace, terminal);

        var shown = await terminal.RunAsync("exit 3", HostPrompt);
        var snapshot = await workspace.GetSnapshotAsync();

        Assert.Equal("exit 3\r\n" + HostPrompt, shown);
        var container = snapshot.Container("network-explorer")!;
        Assert.Equal((ContainerState.Exited, 3), (container.State, container.ExitCode));
        Assert.Empty(container.Interfaces);
        Assert.Equal([("exit 3", "network-explorer", 3), ("docker attach network-explorer", null, 3)], snapshot.Commands.TakeLast(2).Select(c => (c.Text, c.Container, c.ExitStatus)));
        Assert.StartsWith("echo $?\r\n3\r\n", await terminal.RunAsync("echo $?", HostPrompt));
    }

    [Fact]
    public async Task Attach_StoppedContainer_FailsAsDockerDoes()
    {
        await TypeLinesAsync(terminal, CreateUserNetwork, HostPrompt);
        await TypeLinesAsync(terminal, RunExplorer, ContainerPrompt);
        await terminal.RunAsync("exit", HostPrompt);

        var shown = await terminal.RunAsync("docker attach network-explorer", HostPrompt);

        Assert.Contains("You cannot attach to a stopped container, start it first\r\n", shown);
    }

    [Fact]
    public async Task ExitAtHostPrompt_StartsANewShellThatKeepsTheHistory()
    {
        await terminal.RunAsync("echo one", HostPrompt);

        var shown = await terminal.RunAsync("exit", HostPrompt);
        var history = await terminal.RunAsync("history", HostPrompt);

        Assert.Equal("exit\r\nexit\r\n" + HostPrompt, shown);
        Assert.Contains("echo one", history);
    }

    [Fact]
    public async Task Limits_LongLineAndLongOutput_AreRefusedWithAMessage()
    {
        var limited = new SimulatedWorkspaceProvider(new WorkspaceLimits { MaxLineLength = 40, MaxOutputPerCommand = 100 }, FixedTime.Lecture);
        await using var small = await limited.CreateAsync(new WorkspaceOptions { Owner = "learner" });
        await using var driver = new TerminalDriver(await small.OpenTerminalAsync());

        var longLine = await driver.RunAsync("echo " + new string('x', 50), HostPrompt);
        var longOutput = await driver.RunAsync("seq 1 1000", HostPrompt);

        Assert.Contains("bash: line too long (55 characters; the limit is 40)\r\n", longLine);
        Assert.Contains("bash: output truncated after 100 characters\r\n", longOutput);
        Assert.Equal((50, 30), (limited.Limits.MaxContainers, limited.Limits.MaxNetworks));
    }

    [Fact]
    public async Task Restore_AfterWalkThrough_GivesTheSameSnapshotAndTheSameOutputAfterwards()
    {
        await WalkAsync(workspace, terminal);
        await DetachAsync(terminal);
        var saved = (await workspace.SaveAsync())!;

        var screen = workspace.ScreenText;

        await using var restored = (SimulatedWorkspace)await provider.RestoreAsync(saved, new WorkspaceOptions { Owner = "learner" });
        await using var other = new TerminalDriver(await restored.OpenTerminalAsync());
        await other.WaitForAsync(t => t.EndsWith(HostPrompt, StringComparison.Ordinal));

        // The old screen is painted again, its last line cleared for the restored shell's prompt.
        Assert.Equal(screen + "\r\u001b[K" + HostPrompt, other.Text);
        Assert.Equal(Json(await workspace.GetSnapshotAsync()), Json(await restored.GetSnapshotAsync()));
        Assert.Equal(await NextCommandsAsync(workspace, terminal), await NextCommandsAsync(restored, other));
        Assert.Equal(Json(await workspace.GetSnapshotAsync()), Json(await restored.GetSnapshotAsync()));
        Assert.Equal(WithoutScreen((await workspace.SaveAsync())!), WithoutScreen((await restored.SaveAsync())!));
    }

    [Fact]
    public async Task Restore_SaveWithoutAScreen_StartsAtAFreshPrompt()
    {
        await terminal.RunAsync("docker network create older-save", HostPrompt);
        var saved = System.Text.Json.Nodes.JsonNode.Parse((await workspace.SaveAsync())!)!.AsObject();
        saved.Remove("Screen");

        await using var restored = (SimulatedWorkspace)await provider.RestoreAsync(System.Text.Encoding.UTF8.GetBytes(saved.ToJsonString()), new WorkspaceOptions { Owner = "learner" });
        await using var other = new TerminalDriver(await restored.OpenTerminalAsync());
        await other.WaitForAsync(t => t.EndsWith(HostPrompt, StringComparison.Ordinal));

        Assert.Equal(HostPrompt, other.Text);
        Assert.Contains("older-save", await other.RunAsync("docker network ls --format '{{.Name}}'", HostPrompt));
    }

    [Fact]
    public async Task Restore_NotASave_Throws()
    {
        await Assert.ThrowsAsync<WorkspaceRestoreException>(() => provider.RestoreAsync("{\"Format\":99}"u8.ToArray(), new WorkspaceOptions { Owner = "x" }));
        await Assert.ThrowsAsync<WorkspaceRestoreException>(() => provider.RestoreAsync("not json"u8.ToArray(), new WorkspaceOptions { Owner = "x" }));
    }

    /// <summary>What follows a restore: reads, new ids, IPAM, host and container history (Up arrow), detach.</summary>
    private static async Task<List<string>> NextCommandsAsync(SimulatedWorkspace workspace, TerminalDriver terminal)
    {
        var shown = new List<string>
        {
            await terminal.RunAsync("docker ps -a", HostPrompt),
            await terminal.RunAsync("docker network inspect user-network2", HostPrompt),
            await terminal.RunAsync("docker run -d --network user-network2 --name third alpine:latest sleep 100", HostPrompt),
            await terminal.RunAsync("docker network create fourth", HostPrompt),
            await terminal.RunAsync("docker exec third ip -o addr", HostPrompt),
            await terminal.RunAsync("history", HostPrompt),
            await AttachAsync(workspace, terminal),
            await terminal.RunAsync("\u001b[A", ContainerPrompt),
            await DetachAsync(terminal),
            await terminal.RunAsync("docker network ls", HostPrompt),
        };
        return shown;
    }

    private static string Json(WorkspaceSnapshot snapshot) => WorkspaceSnapshotJson.Serialize(snapshot);

    /// <summary>A save without its screen (two terminals' screens differ by the repaint, their machines must not).</summary>
    private static string WithoutScreen(byte[] save)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(save)!.AsObject();
        Assert.True(json.Remove("Screen"));
        return json.ToJsonString();
    }

    private static string EthIndex(string output, string name) =>
        output.Split("\r\n").Single(l => l.Contains($": {name} ", StringComparison.Ordinal)).Split(':')[0];
}
