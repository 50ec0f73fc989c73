using System.Net;

namespace LabHost.Network.Ipams.Default;

/// <summary>
/// Docker's default address pools (ipamutils): for local scope 172.17.0.0/16 to 172.31.0.0/16,
/// then 192.168.0.0/16 cut into /20s; for global (swarm) scope 10.0.0.0/8 cut into /24s.
/// </summary>
public static class PredefinedPools
{
    public static IReadOnlyList<IPNetwork> Local { get; } = BuildLocal();

    public static IReadOnlyList<IPNetwork> Global { get; } = Split(IPNetwork.Parse("10.0.0.0/8"), 24);

    private static List<IPNetwork> BuildLocal()
    {
        var pools = new List<IPNetwork>();
        for (var second = 17; second <= 31; second++)
        {
            pools.Add(new IPNetwork(new IPAddress([172, (byte)second, 0, 0]), 16));
        }

        pools.AddRange(Split(IPNetwork.Parse("192.168.0.0/16"), 20));
        return pools;
    }

    private static List<IPNetwork> Split(IPNetwork whole, int prefix)
    {
        var result = new List<IPNetwork>();
        var start = Ipv4.ToUInt32(whole.BaseAddress);
        var count = 1u << (prefix - whole.PrefixLength);
        var step = 1u << (32 - prefix);
        for (var i = 0u; i < count; i++)
        {
            result.Add(new IPNetwork(Ipv4.FromUInt32(start + (i * step)), prefix));
        }

        return result;
    }
}
