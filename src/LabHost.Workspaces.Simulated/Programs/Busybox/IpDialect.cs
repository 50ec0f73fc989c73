namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>Which `ip` prints: busybox's applet (containers) or iproute2 (the host).</summary>
public enum IpDialect
{
    Busybox,
    Iproute2,
}
