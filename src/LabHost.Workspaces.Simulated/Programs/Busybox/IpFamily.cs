namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>`ip -f`: which addresses (and whether the link/ line) are shown.</summary>
internal enum IpFamily
{
    Any,
    Inet,
    Inet6,
    Link,
}
