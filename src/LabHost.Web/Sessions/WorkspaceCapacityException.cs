namespace LabHost.Web.Sessions;

/// <summary>The server holds as many workspaces as it is configured for; the page says so plainly.</summary>
public sealed class WorkspaceCapacityException(int capacity) : Exception($"the server holds its maximum of {capacity} workspaces")
{
    public int Capacity { get; } = capacity;
}
