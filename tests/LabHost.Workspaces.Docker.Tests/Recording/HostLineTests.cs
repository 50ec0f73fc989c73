namespace LabHost.Workspaces.Docker.Recording;

public sealed class HostLineTests
{
    [Theory]
    [InlineData("docker run -it --network user-network --name network-explorer alpine:latest sh", "network-explorer")]
    [InlineData("docker run -it \\\n --name=box \\\n alpine sh", "box")]
    [InlineData("docker run -it alpine sh", "")]
    [InlineData("docker container attach network-explorer", "network-explorer")]
    [InlineData("docker exec -it box sh", "box")]
    [InlineData("docker start -ai box", "box")]
    [InlineData("docker run -d --name box alpine sleep 100", null)]
    [InlineData("docker network ls", null)]
    [InlineData("ip addr", null)]
    public void Parse_Line_NamesTheContainerThatGetsTheKeyboard(string text, string? container)
    {
        Assert.Equal(container, HostLine.Parse(text).Container);
    }
}
