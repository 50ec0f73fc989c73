using System.Collections.Immutable;
using System.Net;

namespace LabHost.Workspaces.Snapshots;

/// <summary>One IPAM config of a network: --subnet, --ip-range, --gateway, --aux-address, or what the engine chose.</summary>
public sealed record IpamPoolSnapshot(
    IPNetwork Subnet,
    IPNetwork? IpRange,
    IPAddress? Gateway,
    ImmutableSortedDictionary<string, IPAddress> AuxAddresses);
