namespace LabHost.Workspaces.Simulated.Daemon;

public sealed class DockerDaemonLimitsTests
{
    [Fact]
    public async Task CreateNetwork_PastTheLimit_SaysSoAndCreatesNothing()
    {
        var runner = new ScriptRunner();
        for (var i = 0; i < WorkspaceLimits.Default.MaxNetworks; i++)
        {
            await runner.RunLineAsync($"docker network create --subnet 10.1.{i}.0/24 n{i}");
        }

        var transcript = await runner.RunLineAsync("docker network create one-too-many");
        var list = await runner.RunLineAsync("docker network ls -q | wc -l");

        Assert.Equal(
            "$ docker network create one-too-many\nError response from daemon: this workspace is limited to 30 networks; remove some with docker network rm\n[exit 1]\n",
            transcript);
        Assert.Equal($"$ docker network ls -q | wc -l\n{WorkspaceLimits.Default.MaxNetworks + 3}\n", list);
    }

    [Fact]
    public async Task Run_PastTheContainerLimit_SaysSoAndCreatesNothing()
    {
        var runner = new ScriptRunner();
        for (var i = 0; i < WorkspaceLimits.Default.MaxContainers; i++)
        {
            await runner.RunLineAsync($"docker create --name c{i} alpine:latest sleep 1000");
        }

        var transcript = await runner.RunLineAsync("docker run -d --name late alpine:latest sleep 1000");
        var count = await runner.RunLineAsync("docker ps -aq | wc -l");

        Assert.Equal(
            "$ docker run -d --name late alpine:latest sleep 1000\ndocker: Error response from daemon: this workspace is limited to 50 containers; remove some with docker rm\n\nRun 'docker run --help' for more information\n[exit 125]\n",
            transcript);
        Assert.Equal($"$ docker ps -aq | wc -l\n{WorkspaceLimits.Default.MaxContainers}\n", count);
    }
}
