namespace LabHost.Network;

/// <summary>What IPAM handed a network: the pool, its id, the gateway and reserved aux addresses.</summary>
public sealed class IpamInfo
{
    public required string PoolId { get; set; }

    public required string Pool { get; set; }

    public string? SubPool { get; set; }

    /// <summary>The gateway with the pool's prefix length, e.g. "10.0.42.128/24"; null for null/host.</summary>
    public string? Gateway { get; set; }

    public Dictionary<string, string> AuxAddresses { get; set; } = new(StringComparer.Ordinal);
}
