namespace LabHost.Workspaces;

/// <summary>
/// Makes lab machines: the simulated one (default) or a real Docker-in-Docker one. Implementations
/// are safe for concurrent use: one provider serves every learner of a server.
/// </summary>
public interface IWorkspaceProvider
{
    /// <summary>A short name for configuration and logs ("simulated", "docker").</summary>
    string Name { get; }

    /// <summary>What every workspace of this provider is held to.</summary>
    WorkspaceLimits Limits { get; }

    /// <summary>False when workspaces cannot be saved (<see cref="IWorkspace.SaveAsync"/> returns null).</summary>
    bool CanSave { get; }

    /// <summary>A fresh workspace: a new host with only the engine's defaults, at a prompt.</summary>
    Task<IWorkspace> CreateAsync(WorkspaceOptions options, CancellationToken cancellation = default);

    /// <summary>
    /// A workspace that goes on exactly where a saved one was. Throws <see cref="WorkspaceRestoreException"/>
    /// when the bytes are not a save of this provider (or of an incompatible version).
    /// </summary>
    Task<IWorkspace> RestoreAsync(ReadOnlyMemory<byte> saved, WorkspaceOptions options, CancellationToken cancellation = default);
}
