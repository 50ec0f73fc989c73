using System.Net;
using LabHost.Network.IpamApi;

namespace LabHost.Network.Ipams.Default;

/// <summary>
/// Docker's built-in address manager ("default"), IPv4 only. Not safe for concurrent use: the
/// controller that owns it serialises calls.
/// </summary>
public sealed class DefaultIpam : IIpam
{
    public const string LocalSpace = "LocalDefault";
    public const string GlobalSpace = "GlobalDefault";

    public Dictionary<string, AddressSpace> Spaces { get; set; } = new()
    {
        [LocalSpace] = new AddressSpace(),
        [GlobalSpace] = new AddressSpace(),
    };

    public string LocalAddressSpace => LocalSpace;

    public string GlobalAddressSpace => GlobalSpace;

    public AllocatedPool RequestPool(PoolRequest request)
    {
        if (request.Pool is null && request.SubPool is not null)
        {
            throw IpamErrors.InvalidSubPool();
        }

        var space = Spaces[request.AddressSpace];
        if (request.Pool is not { } preferred)
        {
            var pool = PredefinedPool(request.AddressSpace, space);
            var key = Key(request.AddressSpace, pool, null);
            space.Subnets[key] = NewMaster(pool);
            return new AllocatedPool(key, pool, null);
        }

        if (request.SubPool is { } sub && !preferred.Contains(sub.BaseAddress))
        {
            throw IpamErrors.InvalidSubPool();
        }

        return AddPreferred(request.AddressSpace, space, preferred, request.SubPool);
    }

    public void ReleasePool(string poolId)
    {
        var (space, data) = Find(poolId);
        if (--data.RefCount > 0)
        {
            return;
        }

        space.Subnets.Remove(poolId);
        if (data.ParentKey is { } parentKey && space.Subnets.TryGetValue(parentKey, out var parent) && --parent.RefCount == 0)
        {
            space.Subnets.Remove(parentKey);
        }
    }

    public IPAddress RequestAddress(string poolId, IPAddress? preferred)
    {
        var (space, data) = Find(poolId);
        var pool = IPNetwork.Parse(data.Pool);
        if (preferred is not null && !pool.Contains(preferred))
        {
            throw IpamErrors.IpOutOfRange();
        }

        var master = data.ParentKey is null ? data : space.Subnets[data.ParentKey];
        var bitmap = master.Addresses!;
        var baseAddress = Ipv4.First(pool);
        if ((ulong)bitmap.Taken.Count >= bitmap.Size)
        {
            throw IpamErrors.NoAvailableIps();
        }

        ulong ordinal;
        if (preferred is not null)
        {
            ordinal = Ipv4.ToUInt32(preferred) - baseAddress;
            if (!bitmap.Set(ordinal))
            {
                throw IpamErrors.IpAlreadyAllocated();
            }
        }
        else
        {
            var (start, end) = data.SubPool is { } sub ? Range(IPNetwork.Parse(sub), baseAddress) : (0UL, bitmap.Size - 1);
            ordinal = bitmap.SetAnyInRange(start, end, serial: false) ?? throw IpamErrors.NoAvailableIps();
        }

        return Ipv4.FromUInt32((uint)(baseAddress + ordinal));
    }

    public void ReleaseAddress(string poolId, IPAddress address)
    {
        var (space, data) = Find(poolId);
        var master = data.ParentKey is null ? data : space.Subnets[data.ParentKey];
        master.Addresses!.Unset(Ipv4.ToUInt32(address) - Ipv4.First(IPNetwork.Parse(data.Pool)));
    }

    private static (ulong Start, ulong End) Range(IPNetwork sub, uint poolBase) =>
        (Ipv4.First(sub) - poolBase, Ipv4.Last(sub) - poolBase);

    private static string Key(string space, IPNetwork pool, IPNetwork? sub) =>
        sub is null ? $"{space}/{pool}" : $"{space}/{pool}/{sub}";

    private static PoolData NewMaster(IPNetwork pool)
    {
        var bitmap = new AddressBitmap(Ipv4.Size(pool));

        // Docker reserves the network address and, for IPv4, the broadcast address.
        bitmap.Set(0);
        bitmap.Set(bitmap.Size - 1);
        return new PoolData { Pool = pool.ToString(), Addresses = bitmap };
    }

    private AllocatedPool AddPreferred(string spaceName, AddressSpace space, IPNetwork pool, IPNetwork? sub)
    {
        var key = Key(spaceName, pool, sub);
        if (space.Subnets.ContainsKey(key))
        {
            throw IpamErrors.PoolOverlap();
        }

        if (sub is null)
        {
            if (space.Contains(pool))
            {
                throw IpamErrors.PoolOverlap();
            }

            space.Subnets[key] = NewMaster(pool);
            return new AllocatedPool(key, pool, null);
        }

        var parentKey = Key(spaceName, pool, null);
        space.Subnets[key] = new PoolData { Pool = pool.ToString(), SubPool = sub.ToString(), ParentKey = parentKey };
        if (space.Subnets.TryGetValue(parentKey, out var parent))
        {
            parent.RefCount++;
        }
        else
        {
            space.Subnets[parentKey] = NewMaster(pool);
        }

        return new AllocatedPool(key, pool, sub);
    }

    private IPNetwork PredefinedPool(string spaceName, AddressSpace space)
    {
        var pools = spaceName == GlobalSpace ? PredefinedPools.Global : PredefinedPools.Local;
        var start = space.PredefinedStartIndex >= pools.Count ? 0 : space.PredefinedStartIndex;
        for (var i = 0; i < pools.Count; i++)
        {
            var pool = pools[(start + i) % pools.Count];
            if (space.Subnets.ContainsKey(Key(spaceName, pool, null)) || space.Contains(pool))
            {
                continue;
            }

            var next = start + i + 1;
            space.PredefinedStartIndex = next >= pools.Count ? 0 : next;
            return pool;
        }

        throw IpamErrors.NoDefaultPool();
    }

    private (AddressSpace Space, PoolData Data) Find(string poolId)
    {
        var spaceName = poolId[..poolId.IndexOf('/')];
        return Spaces.TryGetValue(spaceName, out var space) && space.Subnets.TryGetValue(poolId, out var data)
            ? (space, data)
            : throw new NetworkException(ErrorKind.NotFound, $"cannot find address pool for poolID:{poolId}");
    }
}
