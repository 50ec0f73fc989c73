namespace LabHost.Network;

/// <summary>
/// One IPAM configuration as the user gave it (--subnet, --ip-range, --gateway, --aux-address);
/// kept as strings because `docker network inspect` echoes exactly what was asked for.
/// </summary>
public sealed record IpamConfig
{
    public string? Subnet { get; init; }

    public string? IpRange { get; init; }

    public string? Gateway { get; init; }

    /// <summary>True for an IPv6 subnet (--ipv6 --subnet fd00::/64): kept and shown, not allocated from.</summary>
    public bool IsIPv6 => Subnet?.Contains(':') == true;

    public IReadOnlyDictionary<string, string> AuxAddresses { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
