using LabHost.Workspaces;
using LabHost.Workspaces.Simulated.Workspace;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Web;

/// <summary>Real snapshots from a simulated workspace, made by typing the lecture's commands.</summary>
internal static class Snapshots
{
    public static WorkspaceSnapshot Fresh() => Make();

    public static WorkspaceSnapshot ExplorerOnTwoNetworks() => Make(
        "docker network create --subnet 10.0.42.0/24 --ip-range 10.0.42.128/25 user-network",
        "docker network create --subnet 10.0.43.0/24 --ip-range 10.0.43.128/25 user-network2",
        "docker run -d --network user-network --name network-explorer alpine:latest sleep 1000",
        "docker network connect user-network2 network-explorer");

    public static WorkspaceSnapshot Make(params string[] commands) => MakeAsync(commands).GetAwaiter().GetResult();

    public static async Task<WorkspaceSnapshot> MakeAsync(params string[] commands)
    {
        await using var workspace = await new SimulatedWorkspaceProvider().CreateAsync(new WorkspaceOptions { Owner = "test" });
        await using var terminal = await workspace.OpenTerminalAsync();
        foreach (var command in commands)
        {
            await terminal.WriteInputAsync(System.Text.Encoding.UTF8.GetBytes(command + "\r"));
            await ((IIdleAwareWorkspace)workspace).WhenIdleAsync();
        }
        // Some effects land just after the workspace reports idle (a container starting under load): wait until two looks agree.
        var last = await workspace.GetSnapshotAsync();
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(50);
            await ((IIdleAwareWorkspace)workspace).WhenIdleAsync();
            var next = await workspace.GetSnapshotAsync();
            if (WorkspaceSnapshotJson.Serialize(next with { TakenAt = default }) == WorkspaceSnapshotJson.Serialize(last with { TakenAt = default }))
            {
                return next;
            }
            last = next;
        }
        return last;
    }
}
