using System.Net;

namespace LabHost.Network.IpamApi;

/// <summary>
/// A request for an address pool: a preferred Pool (--subnet) or none for a default one, and an
/// optional SubPool (--ip-range) inside it.
/// </summary>
public sealed record PoolRequest(string AddressSpace, IPNetwork? Pool, IPNetwork? SubPool);
