using System.Net;

namespace LabHost.Network.IpamApi;

/// <summary>A pool handed out by an IPAM driver; PoolId names it in later address requests.</summary>
public sealed record AllocatedPool(string PoolId, IPNetwork Pool, IPNetwork? SubPool);
