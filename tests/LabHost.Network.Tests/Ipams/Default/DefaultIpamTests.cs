using System.Net;
using LabHost.Network.IpamApi;

namespace LabHost.Network.Ipams.Default;

public sealed class DefaultIpamTests
{
    [Fact]
    public void RequestPool_DefaultPools_FollowDockerOrderAndDoNotReuseAtOnce()
    {
        var ipam = new DefaultIpam();
        ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, IPNetwork.Parse("172.17.0.0/16"), null));

        var first = ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, null, null));
        var second = ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, null, null));
        ipam.ReleasePool(first.PoolId);
        var third = ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, null, null));

        Assert.Equal("172.18.0.0/16", first.Pool.ToString());
        Assert.Equal("172.19.0.0/16", second.Pool.ToString());
        Assert.Equal("172.20.0.0/16", third.Pool.ToString());
    }

    [Fact]
    public void RequestAddress_WithIpRange_GatewayThenContainersFromRangeStart()
    {
        var ipam = new DefaultIpam();
        var pool = ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, IPNetwork.Parse("10.0.42.0/24"), IPNetwork.Parse("10.0.42.128/25")));

        Assert.Equal(IPAddress.Parse("10.0.42.128"), ipam.RequestAddress(pool.PoolId, null));
        Assert.Equal(IPAddress.Parse("10.0.42.129"), ipam.RequestAddress(pool.PoolId, null));
    }

    [Fact]
    public void RequestPool_OverlappingSubnet_FailsWithPoolOverlap()
    {
        var ipam = new DefaultIpam();
        ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, IPNetwork.Parse("10.0.42.0/24"), null));

        var e = Assert.Throws<NetworkException>(() =>
            ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, IPNetwork.Parse("10.0.42.0/25"), null)));

        Assert.Equal("Pool overlaps with other one on this address space", e.Message);
    }

    [Fact]
    public void RequestAddress_PreferredTaken_FailsWithAddressInUse()
    {
        var ipam = new DefaultIpam();
        var pool = ipam.RequestPool(new PoolRequest(DefaultIpam.LocalSpace, IPNetwork.Parse("10.0.42.0/24"), null));
        ipam.RequestAddress(pool.PoolId, IPAddress.Parse("10.0.42.10"));

        var e = Assert.Throws<NetworkException>(() => ipam.RequestAddress(pool.PoolId, IPAddress.Parse("10.0.42.10")));

        Assert.Equal("Address already in use", e.Message);
    }
}
