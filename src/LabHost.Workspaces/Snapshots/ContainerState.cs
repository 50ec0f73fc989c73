namespace LabHost.Workspaces.Snapshots;

/// <summary>A container's state as `docker ps -a` shows it.</summary>
public enum ContainerState
{
    Created,
    Running,
    Paused,
    Exited,
}
