using System.Net;

namespace LabHost.Workspaces.Snapshots;

/// <summary>
/// One interface inside a running container (eth0, eth1 ...) and the network it attaches to.
/// IPv4 is null on networks that give no address (none, host).
/// </summary>
public sealed record InterfaceSnapshot(
    string Name,
    string NetworkName,
    string NetworkId,
    IPAddress? IPv4,
    int PrefixLength,
    string? MacAddress);
