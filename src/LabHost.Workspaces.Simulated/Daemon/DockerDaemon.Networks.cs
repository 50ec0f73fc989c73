using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

public sealed partial class DockerDaemon
{
    public const string NotSwarmManager =
        "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.";

    public LabHost.Network.Network GetNetwork(string idOrName) =>
        Network.FindNetwork(idOrName) ?? throw new DaemonException(ErrorKind.NotFound, $"network {idOrName} not found");

    public LabHost.Network.Network CreateNetwork(NetworkConfig config)
    {
        var userNetworks = Network.Networks.Count(n => !n.IsPredefined);
        if (userNetworks >= Limits.MaxNetworks)
        {
            // Not Docker's: the workspace's own limit, worded as a daemon error (the Docker
            // workspace's docker wrapper, tools/workspace-image, prints the same).
            throw new DaemonException(ErrorKind.Forbidden, $"this workspace is limited to {Limits.MaxNetworks} networks; remove some with docker network rm");
        }

        if (config.Name is "bridge" or "host" or "none" or "default")
        {
            throw new DaemonException(ErrorKind.Forbidden, $"operation is not permitted on predefined {config.Name} network");
        }

        var driver = NetworkController.Driver(config.NetworkType);
        var scope = config.Scope ?? driver?.DefaultScope;
        if (config.NetworkType == "overlay" && !SwarmActive)
        {
            throw new DaemonException(ErrorKind.Unavailable, NotSwarmManager);
        }

        if (scope == Scope.Swarm && !SwarmActive)
        {
            throw new DaemonException(ErrorKind.Unavailable, "cannot create a swarm scoped network when swarm is not active");
        }

        try
        {
            return Network.CreateNetwork(config);
        }
        catch (NetworkException e)
        {
            throw DaemonException.From(e);
        }
    }

    public void RemoveNetwork(LabHost.Network.Network network)
    {
        if (network.IsPredefined)
        {
            throw new DaemonException(ErrorKind.Forbidden, $"{network.Name} is a pre-defined network and cannot be removed");
        }

        try
        {
            Network.DeleteNetwork(network);
        }
        catch (NetworkException e)
        {
            throw DaemonException.From(e);
        }
    }

    /// <summary>docker network connect: joins now when running, else remembers it for the next start.</summary>
    public void Connect(LabHost.Network.Network network, Container container, string? ipv4, IReadOnlyList<string> aliases)
    {
        var mode = ModeNetwork(container)?.NetworkType;
        if (network.NetworkType == "host")
        {
            throw new DaemonException(ErrorKind.Forbidden, "container cannot be disconnected from host network or connected to host network");
        }

        if (mode == "host")
        {
            throw new DaemonException(ErrorKind.Forbidden, "container sharing network namespace with another container or host cannot be connected to any other network");
        }

        if (mode == "null" || network.NetworkType == "null")
        {
            throw new DaemonException(ErrorKind.Forbidden, "container cannot be connected to multiple networks with one of the networks in private (none) mode");
        }

        if (ipv4 is not null)
        {
            ValidateStaticAddress(network, ipv4);
        }

        if (container.Networks.Any(a => a.NetworkId == network.Id) && !container.IsRunning)
        {
            throw new DaemonException(ErrorKind.Forbidden, $"endpoint with name {container.Name} already exists in network {network.Name}");
        }

        var attachment = new NetworkAttachment { NetworkName = network.Name, NetworkId = network.Id, IPv4Address = ipv4, Aliases = [.. aliases] };
        if (container.IsRunning)
        {
            var sandbox = Network.Sandboxes.First(s => s.Id == container.SandboxId);
            try
            {
                JoinAttachment(container, sandbox, attachment);
            }
            catch (NetworkException e)
            {
                throw DaemonException.From(e);
            }
        }

        container.Networks.Add(attachment);
    }

    public void Disconnect(LabHost.Network.Network network, Container container, bool force)
    {
        var attachment = container.Networks.FirstOrDefault(a => a.NetworkId == network.Id);
        if (attachment is null)
        {
            throw new DaemonException(ErrorKind.Forbidden, $"container {container.Id} is not connected to network {network.Name}");
        }

        if (network.NetworkType == "host")
        {
            throw new DaemonException(ErrorKind.Forbidden, "container cannot be disconnected from host network or connected to host network");
        }

        if (attachment.EndpointId is { } endpointId && Network.EndpointById(endpointId) is { } endpoint)
        {
            Network.Leave(endpoint);
        }

        container.Networks.Remove(attachment);
    }

    /// <summary>docker network prune: removes user networks no container uses; returns their names.</summary>
    public IReadOnlyList<string> PruneNetworks()
    {
        var unused = Network.Networks
            .Where(n => !n.IsPredefined && n.Endpoints.Count == 0 && n.Scope == Scope.Local)
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        unused.ForEach(Network.DeleteNetwork);
        return unused.Select(n => n.Name).ToList();
    }
}
