using LabHost.Workspaces;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;
using LabHost.Workspaces.Testing;
using static LabHost.Workspaces.Simulated.Workspace.LectureSession;

namespace LabHost.Workspaces.Simulated.Workspace.Completion;

public sealed class DockerCompletionSourceTests
{
    private readonly DockerCompletionSource source;

    public DockerCompletionSourceTests()
    {
        var host = new SimulatedHost(clock: new SimulatedClock());
        var runner = new ScriptRunner(host);
        foreach (var line in new[]
        {
            "docker network create --subnet 10.0.42.0/24 --ip-range 10.0.42.128/25 user-network",
            "docker network create --subnet 10.0.43.0/24 user-network2",
            "docker run -d --network user-network --name network-explorer alpine:latest sleep 1000",
            "docker create --name stopped alpine:latest",
        })
        {
            runner.RunLineAsync(line).GetAwaiter().GetResult();
        }

        source = new DockerCompletionSource(host, new ShellInterpreter(host.Host, ShellState.Create(ShellDialect.Bash, "labhost")));
    }

    [Theory]
    [InlineData("dock", "docker")]
    [InlineData("docker netw", "network")]
    [InlineData("docker network c", "connect create")]
    [InlineData("docker network create --ip-", "--ip-range")]
    [InlineData("docker run -it --network us", "user-network user-network2")]
    [InlineData("docker run --network=user-network", "user-network user-network2")]
    [InlineData("docker network connect u", "user-network user-network2")]
    [InlineData("docker network connect user-network2 n", "network-explorer")]
    [InlineData("docker network disconnect user-network ", "network-explorer stopped")]
    [InlineData("docker network rm user-network user", "user-network user-network2")]
    [InlineData("docker network inspect b", "bridge")]
    [InlineData("docker attach ", "network-explorer")]
    [InlineData("docker exec -it n", "network-explorer")]
    [InlineData("docker start ", "stopped")]
    [InlineData("docker stop ", "network-explorer")]
    [InlineData("docker rm s", "stopped")]
    [InlineData("docker inspect ", "bridge host network-explorer none stopped user-network user-network2")]
    [InlineData("docker container at", "attach")]
    [InlineData("docker run -it al", "alpine:latest")]
    [InlineData(" --network user-network", "user-network user-network2")]
    [InlineData("echo hi; docker netw", "network")]
    [InlineData("cat /etc/host", "/etc/hostname /etc/hosts")]
    [InlineData("docker exec network-explorer ", "")]
    public void Complete_AtEndOfLine_OffersTheseCandidates(string line, string expected)
    {
        var result = source.Complete(line, line.Length);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), result.Candidates);
    }

    [Fact]
    public void Complete_FlagWithValue_ReplacesOnlyTheValue()
    {
        var result = source.Complete("docker run --network=us", 23);

        Assert.Equal(21, result.Start);
    }

    [Fact]
    public void Complete_DockerFlags_ListsTheCommandsFlagsAndHelp()
    {
        var result = source.Complete("docker network connect --", 25);

        Assert.Contains("--ip", result.Candidates);
        Assert.Contains("--alias", result.Candidates);
        Assert.Contains("--help", result.Candidates);
    }

    [Fact]
    public async Task TabKey_AtHostAndInContainer_CompletesInTheTerminal()
    {
        await using var workspace = (SimulatedWorkspace)await new SimulatedWorkspaceProvider(time: FixedTime.Lecture)
            .CreateAsync(new WorkspaceOptions { Owner = "learner" });
        await using var terminal = new TerminalDriver(await workspace.OpenTerminalAsync());
        await terminal.WaitForAsync(t => t.EndsWith(HostPrompt, StringComparison.Ordinal));
        await TypeLinesAsync(terminal, CreateUserNetwork, HostPrompt);

        await terminal.RunAsync("docker run -it --netw\t user-network --na\tbox alp\tsh", ContainerPrompt);
        var container = await terminal.RunAsync("hostn\t", ContainerPrompt);
        var commands = (await workspace.GetSnapshotAsync()).Commands;

        Assert.Equal("hostname ", commands[^1].Text);
        Assert.Contains("/ # hostname \r\n", container);
        await DetachAsync(terminal);
        await terminal.RunAsync("docker network connect bri\tbo\t", HostPrompt);
        commands = (await workspace.GetSnapshotAsync()).Commands;

        Assert.Equal("docker run -it --network user-network --name box alpine:latest sh", commands[^2].Text);
        Assert.Equal(("docker network connect bridge box ", 0), (commands[^1].Text, commands[^1].ExitStatus));
    }
}
