using System.Net;
using LabHost.Network.IpamApi;

namespace LabHost.Network;

public sealed partial class NetworkController
{
    /// <summary>Creates a network: name check, driver, address pools and gateway, then the driver's plumbing.</summary>
    public Network CreateNetwork(NetworkConfig config, bool predefined = false)
    {
        if (State.Networks.Any(n => n.Name == config.Name))
        {
            throw new NetworkException(ErrorKind.Conflict, $"network with name {config.Name} already exists");
        }

        var driver = Driver(config.NetworkType)
            ?? throw new NetworkException(ErrorKind.NotFound, $"plugin \"{config.NetworkType}\" not found");
        var scope = config.Scope ?? driver.DefaultScope;
        var network = new Network
        {
            // Swarm allocates the ids of swarm-scoped networks, in its own format.
            Id = scope == Scope.Swarm ? Ids.NewSwarmId() : Ids.NewId(),
            Name = config.Name,
            NetworkType = config.NetworkType,
            Scope = scope,
            Created = Clock.GetUtcNow(),
            Internal = config.Internal,
            Attachable = config.Attachable,
            Ingress = config.Ingress,
            EnableIPv6 = config.EnableIPv6,
            IpamDriver = config.IpamDriver,
            IpamConfigs = [.. config.IpamConfigs],
            Options = new Dictionary<string, string>(config.Options, StringComparer.Ordinal),
            Labels = new Dictionary<string, string>(config.Labels, StringComparer.Ordinal),
            IsPredefined = predefined,
        };

        if (network.NetworkType is not ("host" or "null"))
        {
            AllocatePools(network);
        }

        try
        {
            driver.CreateNetwork(driverContext, network);
        }
        catch
        {
            ReleasePools(network);
            throw;
        }

        State.Networks.Add(network);
        return network;
    }

    public void DeleteNetwork(Network network)
    {
        if (network.Endpoints.Count > 0)
        {
            throw new NetworkException(
                ErrorKind.Forbidden,
                $"error while removing network: network {network.Name} id {network.Id} has active endpoints");
        }

        Driver(network.NetworkType)!.DeleteNetwork(driverContext, network);
        ReleasePools(network);
        State.Networks.Remove(network);
    }

    private void AllocatePools(Network network)
    {
        var space = network.Scope == Scope.Local ? Ipam.LocalAddressSpace : Ipam.GlobalAddressSpace;
        // The simulated kernel speaks IPv4 only: IPv6 subnets are recorded but hand out nothing,
        // and a network given only an IPv6 subnet still takes a default IPv4 pool, as Docker's does.
        var v4 = network.IpamConfigs.Where(c => !c.IsIPv6).ToList();
        var configs = v4.Count > 0 ? v4 : [new IpamConfig()];
        try
        {
            foreach (var config in configs)
            {
                network.IpamInfos.Add(AllocatePool(space, config));
            }
        }
        catch
        {
            ReleasePools(network);
            throw;
        }
    }

    private IpamInfo AllocatePool(string space, IpamConfig config)
    {
        var pool = Ipam.RequestPool(new PoolRequest(space, ParseOrNull(config.Subnet), ParseOrNull(config.IpRange)));
        var info = new IpamInfo { PoolId = pool.PoolId, Pool = pool.Pool.ToString(), SubPool = pool.SubPool?.ToString() };
        try
        {
            var preferred = config.Gateway is null ? null : IPAddress.Parse(config.Gateway);
            var gateway = Ipam.RequestAddress(pool.PoolId, preferred);
            info.Gateway = $"{gateway}/{pool.Pool.PrefixLength}";
            foreach (var (name, address) in config.AuxAddresses)
            {
                Ipam.RequestAddress(pool.PoolId, IPAddress.Parse(address));
                info.AuxAddresses[name] = address;
            }
        }
        catch
        {
            Ipam.ReleasePool(pool.PoolId);
            throw;
        }

        return info;
    }

    private void ReleasePools(Network network)
    {
        foreach (var info in network.IpamInfos)
        {
            Ipam.ReleasePool(info.PoolId);
        }

        network.IpamInfos.Clear();
    }

    private static IPNetwork? ParseOrNull(string? cidr) =>
        cidr is null ? null : Ipv4.TryParseCidr(cidr, out _, out var network) ? network : throw IpamErrors.InvalidPool();
}
