namespace LabHost.Workspaces;

/// <summary>Saved bytes that a provider cannot restore: not its format, or a version it no longer reads.</summary>
public sealed class WorkspaceRestoreException(string message, Exception? inner = null) : Exception(message, inner);
