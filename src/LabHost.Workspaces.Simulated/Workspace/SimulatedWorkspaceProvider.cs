namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// Makes simulated workspaces: nothing runs on the server, a workspace starts at once and saves
/// to a few kilobytes. Safe for concurrent use.
/// </summary>
public sealed class SimulatedWorkspaceProvider(WorkspaceLimits? limits = null, TimeProvider? time = null) : IWorkspaceProvider
{
    private readonly TimeProvider time = time ?? TimeProvider.System;
    public string Name => "simulated";

    /// <summary>
    /// The container and network limits are the daemon's own (<see cref="Daemon.DockerDaemon.MaxContainers"/>,
    /// <see cref="Daemon.DockerDaemon.MaxNetworks"/>) and are reported, not configured, here.
    /// </summary>
    public WorkspaceLimits Limits { get; } = (limits ?? WorkspaceLimits.Default) with
    {
        MaxContainers = Daemon.DockerDaemon.MaxContainers,
        MaxNetworks = Daemon.DockerDaemon.MaxNetworks,
    };

    public bool CanSave => true;

    public async Task<IWorkspace> CreateAsync(WorkspaceOptions options, CancellationToken cancellation = default) =>
        await SimulatedWorkspace.StartAsync(NewId(), options, Limits, time.GetUtcNow(), saved: null);

    public async Task<IWorkspace> RestoreAsync(ReadOnlyMemory<byte> saved, WorkspaceOptions options, CancellationToken cancellation = default)
    {
        var save = WorkspaceSave.FromBytes(saved);
        return await SimulatedWorkspace.StartAsync(save.Id, options, Limits, time.GetUtcNow(), save);
    }

    private static string NewId() => "sim-" + Guid.NewGuid().ToString("N");
}
