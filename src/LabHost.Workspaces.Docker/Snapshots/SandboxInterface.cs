using System.Net;

namespace LabHost.Workspaces.Docker.Snapshots;

/// <summary>One interface as `ip` shows it inside a container's network namespace.</summary>
internal sealed record SandboxInterface(string Name, string? MacAddress, IPAddress? IPv4, int PrefixLength);
