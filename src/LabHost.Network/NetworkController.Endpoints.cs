using LabHost.Network.DriverApi;

namespace LabHost.Network;

public sealed partial class NetworkController
{
    public Sandbox NewSandbox(string containerId, bool usesHostStack = false)
    {
        var sandbox = new Sandbox { Id = Ids.NewId(), ContainerId = containerId, UsesHostStack = usesHostStack };
        State.Sandboxes.Add(sandbox);
        return sandbox;
    }

    /// <summary>Leaves every network and removes the sandbox (container stop or removal).</summary>
    public void DeleteSandbox(Sandbox sandbox)
    {
        foreach (var endpoint in EndpointsOf(sandbox).ToList())
        {
            Leave(endpoint);
        }

        Kernel.RemoveSandbox(sandbox.Id);
        State.Sandboxes.Remove(sandbox);
    }

    /// <summary>
    /// Creates an endpoint for the container on the network and joins it to the sandbox:
    /// address (preferred or next free), MAC from the address, the next ethN name.
    /// </summary>
    public Endpoint Join(Sandbox sandbox, Network network, string containerName, EndpointOptions options)
    {
        if (network.Endpoints.Any(e => e.Name == containerName))
        {
            throw new NetworkException(
                ErrorKind.Forbidden,
                $"endpoint with name {containerName} already exists in network {network.Name}");
        }

        var endpoint = new Endpoint
        {
            Id = Ids.NewId(),
            Name = containerName,
            NetworkId = network.Id,
            SandboxId = sandbox.Id,
            Aliases = [.. options.Aliases],
        };

        if (network.IpamInfos.FirstOrDefault() is { } ipam)
        {
            var address = Ipam.RequestAddress(ipam.PoolId, options.PreferredAddress);
            var prefix = System.Net.IPNetwork.Parse(ipam.Pool).PrefixLength;
            endpoint.Address = $"{address}/{prefix}";
            endpoint.AddressIsStatic = options.PreferredAddress is not null;
            endpoint.MacAddress = network.NetworkType == "ipvlan" ? null : MacAddress.FromIp(address);
        }

        if (Driver(network.NetworkType) is IEndpointPlumber plumber)
        {
            endpoint.InterfaceName = "eth" + sandbox.NextInterfaceNumber++;
            plumber.Join(driverContext, network, endpoint, sandbox);
        }

        network.Endpoints.Add(endpoint);
        sandbox.EndpointIds.Add(endpoint.Id);
        return endpoint;
    }

    /// <summary>Leaves the network and deletes the endpoint, releasing its address.</summary>
    public void Leave(Endpoint endpoint)
    {
        var network = NetworkById(endpoint.NetworkId)!;
        var sandbox = State.Sandboxes.First(s => s.Id == endpoint.SandboxId);
        if (Driver(network.NetworkType) is IEndpointPlumber plumber)
        {
            plumber.Leave(driverContext, network, endpoint, sandbox);
        }

        if (endpoint.IPv4 is { } address && network.IpamInfos.FirstOrDefault() is { } ipam)
        {
            Ipam.ReleaseAddress(ipam.PoolId, address);
        }

        network.Endpoints.Remove(endpoint);
        sandbox.EndpointIds.Remove(endpoint.Id);
    }
}
