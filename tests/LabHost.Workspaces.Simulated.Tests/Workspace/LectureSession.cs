using LabHost.Workspaces.Testing;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>The lecture 5.2 walk-through typed key by key, in the forms the lecture prints.</summary>
internal static class LectureSession
{
    public const string HostPrompt = "root@labhost:~# ";
    public const string ContainerPrompt = "/ # ";
    public const string More = "> ";

    public static readonly string[] CreateUserNetwork =
    [
        "docker network create \\", " --driver bridge \\", " --label project=dockerinaction \\", " --label chapter=5 \\",
        " --attachable \\", " --scope local \\", " --subnet 10.0.42.0/24 \\", " --ip-range 10.0.42.128/25 \\", " user-network",
    ];

    public static readonly string[] RunExplorer =
    [
        "docker run -it \\", " --network user-network \\", " --name network-explorer \\", " alpine:latest \\", " sh",
    ];

    public static readonly string[] CreateUserNetwork2 =
    [
        "docker network create \\", " --driver bridge \\", " --label project=dockerinaction \\", " --label chapter=5 \\",
        " --attachable \\", " --scope local \\", " --subnet 10.0.43.0/24 \\", " --ip-range 10.0.43.128/25 \\", " user-network2",
    ];

    // The lecture prints "user-network2 \ " with a space after the backslash; typed so, the line would end there.
    public static readonly string[] ConnectExplorer = ["docker network connect \\", " user-network2 \\", " network-explorer"];

    public const string ShowAddresses = "ip -f inet -4 -o addr";

    /// <summary>Types a command's lines, waiting for the continuation prompt between them; returns all it showed.</summary>
    public static async Task<string> TypeLinesAsync(TerminalDriver terminal, string[] lines, string prompt)
    {
        terminal.Mark();
        var shown = "";
        for (var i = 0; i < lines.Length; i++)
        {
            shown += await terminal.RunAsync(lines[i], i == lines.Length - 1 ? prompt : More);
        }

        return shown;
    }

    /// <summary>Up to the second `ip` inside the re-attached container (the terminal is the container's).</summary>
    public static async Task WalkAsync(SimulatedWorkspace workspace, TerminalDriver terminal)
    {
        await TypeLinesAsync(terminal, CreateUserNetwork, HostPrompt);
        await TypeLinesAsync(terminal, RunExplorer, ContainerPrompt);
        await terminal.RunAsync(ShowAddresses, ContainerPrompt);
        await DetachAsync(terminal);
        await TypeLinesAsync(terminal, CreateUserNetwork2, HostPrompt);
        await TypeLinesAsync(terminal, ConnectExplorer, HostPrompt);
        await AttachAsync(workspace, terminal);
        await terminal.RunAsync(ShowAddresses, ContainerPrompt);
    }

    public static async Task<string> DetachAsync(TerminalDriver terminal)
    {
        terminal.Mark();
        await terminal.TypeAsync(TerminalDriver.CtrlP + TerminalDriver.CtrlQ);
        await terminal.WaitForAsync(t => t.EndsWith(HostPrompt, StringComparison.Ordinal));
        return terminal.SinceMark;
    }

    /// <summary>`docker attach`: nothing new is drawn (as with real docker), so wait for the workspace to settle.</summary>
    public static async Task<string> AttachAsync(SimulatedWorkspace workspace, TerminalDriver terminal)
    {
        terminal.Mark();
        await terminal.TypeAsync("docker attach network-explorer\r");
        await workspace.WhenIdleAsync();
        await terminal.WaitForAsync(t => t.EndsWith("\r\n", StringComparison.Ordinal));
        return terminal.SinceMark;
    }
}
