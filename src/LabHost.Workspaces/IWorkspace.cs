using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces;

/// <summary>
/// One learner's lab machine: a host with a Docker engine and one terminal. Safe for concurrent
/// use: terminals, snapshots and saves may be asked for from any thread.
/// </summary>
public interface IWorkspace : IAsyncDisposable
{
    string Id { get; }

    string Owner { get; }

    /// <summary>
    /// Opens a view of the workspace's terminal. Every open session sees the same screen; input
    /// from any of them goes to the one shell. A reconnecting browser opens a new one and paints
    /// <see cref="ITerminalSession.Screen"/> first.
    /// </summary>
    Task<ITerminalSession> OpenTerminalAsync(CancellationToken cancellation = default);

    /// <summary>The state the grader reads, taken between two commands.</summary>
    Task<WorkspaceSnapshot> GetSnapshotAsync(CancellationToken cancellation = default);

    /// <summary>The whole state as bytes for <see cref="IWorkspaceProvider.RestoreAsync"/>; null when the provider cannot save.</summary>
    Task<byte[]?> SaveAsync(CancellationToken cancellation = default);

    /// <summary>Back to a fresh machine: containers, networks, history and recorded commands are gone; the screen is cleared.</summary>
    Task ResetAsync(CancellationToken cancellation = default);
}
