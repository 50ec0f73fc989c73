namespace LabHost.Workspaces;

/// <summary>
/// Optional ability of an <see cref="IWorkspace"/> (check with <c>is</c>): it ends by itself after
/// an idle time or a maximum lifetime, warns before it does, and can be given more time.
/// </summary>
public interface IExpiringWorkspace
{
    /// <summary>When the workspace ends unless it is used or extended (the earlier of idle end and lifetime end).</summary>
    DateTimeOffset ExpiresAt { get; }

    /// <summary>Raised once per approaching end, before it comes; may be raised on any thread.</summary>
    event EventHandler<WorkspaceExpiryWarning>? ExpiryWarning;

    /// <summary>Raised when the workspace has ended by itself.</summary>
    event EventHandler? Expired;

    /// <summary>Pushes the end back by the provider's extension time, up to its ceiling; returns the new end.</summary>
    DateTimeOffset Extend();
}
