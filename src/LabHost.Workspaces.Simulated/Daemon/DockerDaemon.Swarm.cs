using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

public sealed partial class DockerDaemon
{
    /// <summary>
    /// docker swarm init on a single node: the node becomes a manager, and Docker creates the
    /// docker_gwbridge bridge (next default local pool) and the ingress overlay (10.0.0.0/24).
    /// </summary>
    public (string NodeId, string Token) SwarmInit()
    {
        if (SwarmActive)
        {
            throw new DaemonException(ErrorKind.Unavailable, "This node is already part of a swarm. Use \"docker swarm leave\" to leave this swarm and join another one.");
        }

        State.SwarmNodeId = Base36(25);
        var token = $"SWMTKN-1-{Base36(50)}-{Base36(25)}";
        if (Network.FindNetwork("docker_gwbridge") is null)
        {
            Network.CreateNetwork(
                new NetworkConfig
                {
                    Name = "docker_gwbridge",
                    Options = new Dictionary<string, string>
                    {
                        ["com.docker.network.bridge.enable_icc"] = "false",
                        ["com.docker.network.bridge.enable_ip_masquerade"] = "true",
                        ["com.docker.network.bridge.name"] = "docker_gwbridge",
                    },
                },
                predefined: false);
        }

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

    private string Base36(int length)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        return new string(Enumerable.Range(0, length).Select(_ => digits[(int)(Network.Ids.Next() % 36)]).ToArray());
    }
}
