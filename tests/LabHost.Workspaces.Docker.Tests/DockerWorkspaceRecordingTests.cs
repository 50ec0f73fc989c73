using System.Text;
using LabHost.Workspaces.Testing;

namespace LabHost.Workspaces.Docker;

/// <summary>The command record of a real shell: host lines with their status, container lines best-effort.</summary>
[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerWorkspaceRecordingTests(HostEngine engine)
{
    private const string Prompt = "root@labhost:~# ";

    [Fact]
    public async Task RunItDetachAttach_RecordsHostLinesAndContainerLines()
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options());
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "recording" });
        await using var terminal = new TerminalDriver(await workspace.OpenTerminalAsync(), TimeSpan.FromSeconds(60));
        await terminal.WaitForAsync(t => t.EndsWith(Prompt, StringComparison.Ordinal));

        foreach (var keys in new[] { "docker run -it --name box alpine:latest sh\r", "echo inside\r", "\u0010\u0011", "docker attach box\r", "hostname\r", "\u0010\u0011", "false\r" })
        {
            await terminal.Session.WriteInputAsync(Encoding.UTF8.GetBytes(keys));
            await workspace.WhenIdleAsync();
        }

        var commands = (await workspace.GetSnapshotAsync()).Commands.Select(c => $"{c.Container ?? "host"} {c.ExitStatus} {c.Text}");

        // Real docker: `docker attach` left with Ctrl-P Ctrl-Q says "read escape sequence" and exits 1.
        Assert.Equal(
            ["box 0 echo inside", "host 0 docker run -it --name box alpine:latest sh", "box 0 hostname", "host 1 docker attach box", "host 1 false"],
            commands);
    }
}
