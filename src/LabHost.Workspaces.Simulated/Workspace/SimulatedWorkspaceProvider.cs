namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// Makes simulated workspaces: nothing runs on the server, a workspace starts at once and saves
/// to a few kilobytes. Safe for concurrent use.
/// </summary>
public sealed class SimulatedWorkspaceProvider(WorkspaceLimits? limits = null, TimeProvider? time = null) : IWorkspaceProvider
{
    private readonly TimeProvider time = time ?? TimeProvider.System;
    public string Name => "simulated";

    /// <summary>All of them held by the simulation: the container and network counts by its daemon, the rest by its shell and terminal.</summary>
    public WorkspaceLimits Limits { get; } = limits ?? WorkspaceLimits.Default;

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
