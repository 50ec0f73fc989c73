using System.Net;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Testing;

/// <summary>
/// What every workspace provider must do, whatever runs behind it. Each provider's test project
/// derives one class from this (LabHost.Workspaces.Simulated.Tests, LabHost.Workspaces.Docker.Tests).
/// </summary>
public abstract class WorkspaceContractTests : IAsyncLifetime
{
    private IWorkspace? workspace;
    private TerminalDriver? terminal;

    /// <summary>The host shell's prompt as the provider draws it.</summary>
    protected abstract string HostPrompt { get; }

    protected IWorkspace Workspace => workspace!;

    protected TerminalDriver Terminal => terminal!;

    /// <summary>How long one wait for terminal output may take (a real engine is slower than a simulated one).</summary>
    protected virtual TimeSpan TerminalTimeout => TimeSpan.FromSeconds(10);

    public async Task InitializeAsync()
    {
        workspace = await CreateProvider(ContractLimits).CreateAsync(new WorkspaceOptions { Owner = "contract-test" });
        terminal = new TerminalDriver(await workspace.OpenTerminalAsync(), TerminalTimeout);
        await terminal.WaitForAsync(t => t.EndsWith(HostPrompt, StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await Terminal.DisposeAsync();
        await Workspace.DisposeAsync();
    }

    [Fact]
    public async Task Terminal_TypedLine_EchoesItAndShowsTheOutput()
    {
        var shown = await Terminal.RunAsync("echo hello", HostPrompt);

        Assert.StartsWith("echo hello\r\nhello\r\n", shown);
    }

    [Fact]
    public async Task Terminal_Resize_IsSeenByEverySession()
    {
        Terminal.Session.Resize(132, 40);
        await using var other = await Workspace.OpenTerminalAsync();

        Assert.Equal((132, 40), (Terminal.Session.Columns, Terminal.Session.Rows));
        Assert.Equal((132, 40), (other.Columns, other.Rows));
        // A real shell may redraw its prompt on SIGWINCH before the echo: the line must still run.
        Assert.Contains("echo still\r\nstill\r\n", await Terminal.RunAsync("echo still", HostPrompt));
    }

    [Fact]
    public async Task OpenTerminal_AfterOutput_ScreenRepaintsItAndInputIsShared()
    {
        await Terminal.RunAsync("echo first-visit", HostPrompt);

        await using var second = new TerminalDriver(await Workspace.OpenTerminalAsync(), TerminalTimeout);
        Assert.Contains("first-visit\r\n", second.Text);
        Assert.EndsWith(HostPrompt, second.Text);

        Terminal.Mark();
        await second.RunAsync("echo second-visit", HostPrompt);
        await Terminal.WaitForAsync(t => t.Contains("second-visit\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetSnapshot_AfterLectureCommands_HasNetworksContainersInterfacesAndCommands()
    {
        await RunLectureCommandsAsync();

        var snapshot = await Workspace.GetSnapshotAsync();

        Assert.Equal(["bridge", "host", "none", "user-network", "user-network2"], snapshot.Networks.Select(n => n.Name).Order());
        var network = snapshot.Network("user-network")!;
        Assert.Equal(("bridge", "local", true, false), (network.Driver, network.Scope, network.Attachable, network.Internal));
        Assert.Equal(IPNetwork.Parse("10.0.42.0/24"), network.Ipam.Single().Subnet);
        Assert.Equal(IPNetwork.Parse("10.0.42.128/25"), network.Ipam.Single().IpRange);
        Assert.Equal("dockerinaction", network.Labels["project"]);
        Assert.Equal("5", network.Labels["chapter"]);

        var container = snapshot.Container("network-explorer")!;
        Assert.Equal(ContainerState.Running, container.State);
        Assert.Equal(["eth0", "eth1"], container.Interfaces.Select(i => i.Name));
        Assert.Equal(("user-network", IPAddress.Parse("10.0.42.129"), 24), (container.Interfaces[0].NetworkName, container.Interfaces[0].IPv4, container.Interfaces[0].PrefixLength));
        Assert.Equal(("user-network2", IPAddress.Parse("10.0.43.129")), (container.Interfaces[1].NetworkName, container.Interfaces[1].IPv4));
        Assert.False(snapshot.SwarmActive);

        Assert.Equal(LectureCommands, snapshot.Commands.Select(c => c.Text));
        Assert.All(snapshot.Commands, c => Assert.True(c.OnHost));
        Assert.All(snapshot.Commands, c => Assert.Equal(0, c.ExitStatus));
    }

    [Fact]
    public async Task GetSnapshot_FailedCommand_IsRecordedWithItsStatus()
    {
        await Terminal.RunAsync("docker network rm no-such-network", HostPrompt);

        var command = (await Workspace.GetSnapshotAsync()).Commands.Single();

        Assert.Equal(("docker network rm no-such-network", 1), (command.Text, command.ExitStatus));
    }

    [Fact]
    public async Task Reset_AfterLectureCommands_LeavesAFreshMachineAtAPrompt()
    {
        await RunLectureCommandsAsync();

        Terminal.Mark();
        await Workspace.ResetAsync();
        await Terminal.WaitForAsync(t => t.EndsWith(HostPrompt, StringComparison.Ordinal));
        var snapshot = await Workspace.GetSnapshotAsync();

        Assert.Equal(["bridge", "host", "none"], snapshot.Networks.Select(n => n.Name).Order());
        Assert.Empty(snapshot.Containers);
        Assert.Empty(snapshot.Commands);
        Assert.StartsWith("echo again\r\nagain\r\n", await Terminal.RunAsync("echo again", HostPrompt));
    }

    [Fact]
    public async Task NetworkCreate_PastMaxNetworks_IsRefusedAndCreatesNothing()
    {
        var (refused, full, freed) = await FillRefuseAndFreeAsync(
            ContractLimits.MaxNetworks, i => $"docker network create n{i}", "docker network create one-too-many", "docker network rm n1");

        Assert.Contains($"\r\nError response from daemon: this workspace is limited to {ContractLimits.MaxNetworks} networks; remove some with docker network rm\r\n", refused);
        Assert.Equal(["bridge", "host", "n1", "n2", "n3", "none"], full.Networks.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1, full.Commands[^1].ExitStatus);
        Assert.Contains(freed.Networks, n => n.Name == "one-too-many");
        Assert.Equal(0, freed.Commands[^1].ExitStatus);
    }

    [Fact]
    public async Task RunAndCreate_PastMaxContainers_AreRefusedAndCreateNothing()
    {
        var (refused, full, freed) = await FillRefuseAndFreeAsync(
            ContractLimits.MaxContainers, i => $"docker create --name c{i} alpine:latest sleep 1000", "docker run -d --name late alpine:latest sleep 1000", "docker rm c1");
        var created = await Terminal.RunAsync("docker container create --name later alpine:latest sleep 1000", HostPrompt);
        var last = await Workspace.GetSnapshotAsync();

        Assert.Contains(
            $"\r\ndocker: Error response from daemon: this workspace is limited to {ContractLimits.MaxContainers} containers; remove some with docker rm\r\n\r\nRun 'docker run --help' for more information\r\n",
            refused);
        Assert.Equal(["c1", "c2", "c3"], full.Containers.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(125, full.Commands[^1].ExitStatus);
        Assert.Equal(["c2", "c3", "late"], freed.Containers.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(ContainerState.Running, freed.Container("late")!.State);
        // docker create prints a daemon error bare and exits 1, as CLI 28 does.
        Assert.Contains($"\r\nError response from daemon: this workspace is limited to {ContractLimits.MaxContainers} containers; remove some with docker rm\r\n", created);
        Assert.DoesNotContain("docker: ", created);
        Assert.Equal(1, last.Commands[^1].ExitStatus);
        Assert.Null(last.Container("later"));
    }

    /// <summary>
    /// What every workspace of the suite is held to: small enough to reach in a test, large enough
    /// for the lecture's commands (two networks, one container).
    /// </summary>
    protected static WorkspaceLimits ContractLimits { get; } = WorkspaceLimits.Default with { MaxContainers = 3, MaxNetworks = 3 };

    protected static IReadOnlyList<string> LectureCommands { get; } =
    [
        "docker network create --driver bridge --label project=dockerinaction --label chapter=5 --attachable --scope local --subnet 10.0.42.0/24 --ip-range 10.0.42.128/25 user-network",
        "docker run -d --network user-network --name network-explorer alpine:latest sleep 1000",
        "docker network create --driver bridge --label project=dockerinaction --label chapter=5 --attachable --scope local --subnet 10.0.43.0/24 --ip-range 10.0.43.128/25 user-network2",
        "docker network connect user-network2 network-explorer",
    ];

    protected abstract IWorkspaceProvider CreateProvider(WorkspaceLimits limits);

    /// <summary>
    /// Makes <paramref name="limit"/> things, tries one more (what the terminal showed, and the
    /// snapshot then), frees one and tries the same line again (the snapshot after).
    /// </summary>
    private async Task<(string Refused, WorkspaceSnapshot Full, WorkspaceSnapshot Freed)> FillRefuseAndFreeAsync(
        int limit, Func<int, string> make, string oneMore, string free)
    {
        for (var i = 1; i <= limit; i++)
        {
            await Terminal.RunAsync(make(i), HostPrompt);
        }

        var refused = await Terminal.RunAsync(oneMore, HostPrompt);
        var full = await Workspace.GetSnapshotAsync();
        await Terminal.RunAsync(free, HostPrompt);
        await Terminal.RunAsync(oneMore, HostPrompt);
        return (refused, full, await Workspace.GetSnapshotAsync());
    }

    /// <summary>The lecture's commands in the script form every provider can run (no -it).</summary>
    private async Task RunLectureCommandsAsync()
    {
        foreach (var line in LectureCommands)
        {
            await Terminal.RunAsync(line, HostPrompt);
        }
    }
}
