using System.Net;

namespace LabHost.Network.IpamApi;

/// <summary>What an address manager must implement (libnetwork's ipamapi contract).</summary>
public interface IIpam
{
    string LocalAddressSpace { get; }

    string GlobalAddressSpace { get; }

    AllocatedPool RequestPool(PoolRequest request);

    void ReleasePool(string poolId);

    /// <summary>Allocates the preferred address, or the next free one in the pool's sub-pool.</summary>
    IPAddress RequestAddress(string poolId, IPAddress? preferred);

    void ReleaseAddress(string poolId, IPAddress address);
}
