namespace LabHost.Network.IpamApi;

/// <summary>The IPAM errors, worded as libnetwork's ipamapi declares them.</summary>
public static class IpamErrors
{
    public static NetworkException InvalidPool() => new(ErrorKind.InvalidParameter, "Invalid Address Pool");

    public static NetworkException InvalidSubPool() => new(ErrorKind.InvalidParameter, "Invalid Address SubPool");

    public static NetworkException PoolOverlap() => new(ErrorKind.Forbidden, "Pool overlaps with other one on this address space");

    public static NetworkException NoAvailableIps() => new(ErrorKind.Unavailable, "No available addresses on this pool");

    public static NetworkException IpAlreadyAllocated() => new(ErrorKind.Forbidden, "Address already in use");

    public static NetworkException IpOutOfRange() => new(ErrorKind.InvalidParameter, "Requested address is out of range");

    public static NetworkException NoDefaultPool() => new(
        ErrorKind.NotFound,
        "could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network");
}
