namespace LabHost.Cli;

public sealed class LabHostCommandTests
{
    [Fact]
    public async Task Run_Script_PrintsTranscriptWithExitStatuses()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "# a comment\n\ndocker network create user-network >/dev/null\ndocker network create user-network\necho done\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var status = await LabHostCommand.RunAsync(["run", file], stdout, stderr);

        Assert.Equal(0, status);
        Assert.Equal(
            "$ docker network create user-network >/dev/null\n" +
            "$ docker network create user-network\n" +
            "Error response from daemon: network with name user-network already exists\n[exit 1]\n" +
            "$ echo done\ndone\n",
            stdout.ToString());
        File.Delete(file);
    }

    [Fact]
    public async Task Run_MissingFile_FailsWithClearMessage()
    {
        var stderr = new StringWriter();

        var status = await LabHostCommand.RunAsync(["run", "/nonexistent/script.txt"], new StringWriter(), stderr);

        Assert.Equal(2, status);
        Assert.StartsWith("labhost run: cannot read /nonexistent/script.txt", stderr.ToString());
    }
}
