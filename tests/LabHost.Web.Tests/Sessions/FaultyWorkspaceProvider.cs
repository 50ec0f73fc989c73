using System.Collections.Concurrent;
using LabHost.Workspaces;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Web.Sessions;

/// <summary>Simulated workspaces wrapped in <see cref="FaultyWorkspace"/>, found by id for the test to break.</summary>
internal sealed class FaultyWorkspaceProvider : IWorkspaceProvider
{
    private readonly SimulatedWorkspaceProvider simulated = new();
    private readonly ConcurrentDictionary<string, FaultyWorkspace> made = new(StringComparer.Ordinal);

    public string Name => "faulty";

    public WorkspaceLimits Limits => simulated.Limits;

    public bool CanSave => simulated.CanSave;

    public FaultyWorkspace this[string id] => made[id];

    /// <summary>When set, creating a workspace waits for it: a machine slow to start.</summary>
    public TaskCompletionSource? CreateHeld { get; set; }

    public async Task<IWorkspace> CreateAsync(WorkspaceOptions options, CancellationToken cancellation = default)
    {
        if (CreateHeld is { } held)
        {
            await held.Task.WaitAsync(cancellation);
        }
        return Remember(new FaultyWorkspace(await simulated.CreateAsync(options, cancellation)));
    }

    public async Task<IWorkspace> RestoreAsync(ReadOnlyMemory<byte> saved, WorkspaceOptions options, CancellationToken cancellation = default) =>
        Remember(new FaultyWorkspace(await simulated.RestoreAsync(saved, options, cancellation)));

    private FaultyWorkspace Remember(FaultyWorkspace workspace)
    {
        made[workspace.Id] = workspace;
        return workspace;
    }
}
