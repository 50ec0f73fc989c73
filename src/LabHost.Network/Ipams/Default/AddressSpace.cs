using System.Net;

namespace LabHost.Network.Ipams.Default;

/// <summary>An address space's pools by key, and where the search of its default pools starts.</summary>
public sealed class AddressSpace
{
    public Dictionary<string, PoolData> Subnets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the next default-pool search starts. Docker moves it past each pool it hands out,
    /// so a pool released a moment ago is not handed out again until the list wraps round.
    /// </summary>
    public int PredefinedStartIndex { get; set; }

    /// <summary>True when a master pool of this space overlaps the network.</summary>
    public bool Contains(IPNetwork network) =>
        Subnets.Values.Where(p => p.SubPool is null)
            .Any(p => Ipv4.Overlaps(IPNetwork.Parse(p.Pool), network));
}
