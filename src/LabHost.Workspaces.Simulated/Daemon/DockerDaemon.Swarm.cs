using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

public sealed partial class DockerDaemon
{
    /// <summary>
    /// docker swarm init on a single node: the node becomes a manager and Docker creates the
    /// ingress overlay (10.0.0.0/24). docker_gwbridge comes later, with the first overlay container.
    /// </summary>
    public (string NodeId, string Token) SwarmInit()
    {
        if (SwarmActive)
        {
            throw new DaemonException(ErrorKind.Unavailable, "This node is already part of a swarm. Use \"docker swarm leave\" to leave this swarm and join another one.");
        }

        State.SwarmNodeId = Network.Ids.NewSwarmId();
        var token = $"SWMTKN-1-{Network.Ids.NewSwarmId(50)}-{Network.Ids.NewSwarmId()}";
        Network.CreateNetwork(new NetworkConfig { Name = "ingress", NetworkType = "overlay", Scope = Scope.Swarm, Ingress = true }, predefined: false);
        return (State.SwarmNodeId, token);
    }

    public void SwarmLeave(bool force)
    {
        if (!SwarmActive)
        {
            throw new DaemonException(ErrorKind.Unavailable, "This node is not part of a swarm");
        }

        if (!force)
        {
            throw new DaemonException(ErrorKind.Unavailable, "You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.");
        }

        foreach (var network in Network.Networks.Where(n => n.Scope == Scope.Swarm && n.Endpoints.Count == 0).ToList())
        {
            Network.DeleteNetwork(network);
        }

        State.SwarmNodeId = null;
    }

    /// <summary>
    /// An overlay gives a container no way out, so Docker also joins it to docker_gwbridge (made
    /// on first use, its .2 taken by the ingress sandbox), and each overlay's load-balancer
    /// endpoint on this node takes an address once the first container is on it.
    /// </summary>
    private void JoinOverlayExtras(Container container, Sandbox sandbox)
    {
        var overlays = container.Networks.Select(a => Network.NetworkById(a.NetworkId!)!).Where(n => n.NetworkType == "overlay").ToList();
        if (overlays.Count == 0)
        {
            return;
        }

        foreach (var overlay in overlays.Where(o => o.LoadBalancerAddress is null && o.IpamInfos.Count > 0))
        {
            overlay.LoadBalancerAddress = Network.Ipam.RequestAddress(overlay.IpamInfos[0].PoolId, null).ToString();
        }

        var gateway = Network.FindNetwork("docker_gwbridge") ?? CreateGatewayBridge();
        Network.Join(sandbox, gateway, "gateway_" + container.ShortId, new EndpointOptions());
    }

    private LabHost.Network.Network CreateGatewayBridge()
    {
        var gateway = Network.CreateNetwork(new NetworkConfig
        {
            Name = "docker_gwbridge",
            Options = new Dictionary<string, string>
            {
                ["com.docker.network.bridge.enable_icc"] = "false",
                ["com.docker.network.bridge.enable_ip_masquerade"] = "true",
                ["com.docker.network.bridge.name"] = "docker_gwbridge",
            },
        });
        Network.Ipam.RequestAddress(gateway.IpamInfos[0].PoolId, null);
        return gateway;
    }
}
