using System.Net;
using LabHost.Network;
using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Daemon;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>
/// What the docker CLI does with --subnet, --ip-range, --gateway and --aux-address before it
/// calls the daemon (its own words, no "Error response" prefix), then the daemon's IPAM checks.
/// </summary>
public static class IpamOptions
{
    public static List<IpamConfig> Consolidate(
        IReadOnlyList<string> subnets, IReadOnlyList<string> ranges, IReadOnlyList<string> gateways, IReadOnlyDictionary<string, string> aux)
    {
        if (subnets.Count < ranges.Count || subnets.Count < gateways.Count)
        {
            throw new FlagError("every ip-range or gateway must have a corresponding subnet");
        }

        var configs = new List<IpamConfig>();
        foreach (var subnet in subnets)
        {
            if (configs.Any(c => Matches(subnet, c.Subnet!) || Matches(c.Subnet!, subnet)))
            {
                throw new FlagError("multiple overlapping subnet configuration is not supported");
            }

            configs.Add(new IpamConfig { Subnet = subnet });
        }

        foreach (var range in ranges)
        {
            var i = Single(configs, range, "range");
            configs[i] = configs[i].IpRange is { } existing
                ? throw new FlagError($"cannot configure multiple ranges ({range}, {existing}) on the same subnet ({configs[i].Subnet})")
                : configs[i] with { IpRange = range };
        }

        foreach (var gateway in gateways)
        {
            var i = Single(configs, gateway, "gateway");
            configs[i] = configs[i].Gateway is { } existing
                ? throw new FlagError($"cannot configure multiple gateways ({gateway}, {existing}) for the same subnet ({configs[i].Subnet})")
                : configs[i] with { Gateway = gateway };
        }

        foreach (var (key, address) in aux)
        {
            var i = Single(configs, address, "aux-address");
            var map = new SortedDictionary<string, string>(configs[i].AuxAddresses.ToDictionary(), StringComparer.Ordinal) { [key] = address };
            configs[i] = configs[i] with { AuxAddresses = map };
        }

        return configs;
    }

    /// <summary>The daemon's ValidateIPAM: subnets, ranges and gateways must parse and fit.</summary>
    public static void Validate(IEnumerable<IpamConfig> configs)
    {
        foreach (var config in configs)
        {
            if (!Cidr.TryParse(config.Subnet!, out _, out var subnet))
            {
                throw new DaemonException(ErrorKind.InvalidParameter, $"Invalid subnet {config.Subnet} : invalid CIDR address: {config.Subnet}");
            }

            if (config.IpRange is { } range && (!Cidr.TryParse(range, out _, out var r) || r.PrefixLength < subnet.PrefixLength ||
                r.BaseAddress.AddressFamily != subnet.BaseAddress.AddressFamily))
            {
                throw new DaemonException(ErrorKind.InvalidParameter, $"Invalid range {range} : invalid CIDR address: {range}");
            }

            if (config.Gateway is { } gateway && !Cidr.TryParseAddress(gateway, out _))
            {
                throw new DaemonException(ErrorKind.InvalidParameter, $"Invalid gateway {gateway} : invalid IP address");
            }
        }
    }

    private static int Single(List<IpamConfig> configs, string data, string what)
    {
        var found = -1;
        for (var i = 0; i < configs.Count; i++)
        {
            if (Matches(configs[i].Subnet!, data))
            {
                found = i;
            }
        }

        return found >= 0 ? found : throw new FlagError($"no matching subnet for {what} {data}");
    }

    /// <summary>The CLI's subnetMatches: does the subnet contain the address (or a CIDR's address)?</summary>
    private static bool Matches(string subnet, string data)
    {
        if (!Cidr.TryParse(subnet, out _, out var network))
        {
            throw new FlagError($"invalid subnet: invalid CIDR address: {subnet}");
        }

        IPAddress address;
        if (data.Contains('/'))
        {
            if (!Cidr.TryParse(data, out address, out _))
            {
                throw new FlagError($"invalid CIDR address: {data}");
            }
        }
        else if (!Cidr.TryParseAddress(data, out address))
        {
            return false;
        }

        return network.Contains(address);
    }
}
