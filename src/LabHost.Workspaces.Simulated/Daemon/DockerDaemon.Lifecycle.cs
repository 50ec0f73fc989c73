using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

public sealed partial class DockerDaemon
{
    /// <summary>Starts a created or exited container: a fresh sandbox joined to its networks in order.</summary>
    public void Start(Container container)
    {
        if (container.IsRunning)
        {
            return;
        }

        foreach (var attachment in container.Networks)
        {
            var network = Network.FindNetwork(attachment.NetworkId ?? attachment.NetworkName)
                ?? throw new DaemonException(ErrorKind.NotFound, $"network {attachment.NetworkName} not found");
            if (attachment.IPv4Address is { } ip)
            {
                ValidateStaticAddress(network, ip);
            }

            if (network.Scope == Scope.Swarm && !network.Attachable)
            {
                throw new DaemonException(
                    ErrorKind.Forbidden,
                    $"Could not attach to network {attachment.NetworkName}: rpc error: code = PermissionDenied desc = network {attachment.NetworkName} not manually attachable");
            }

            attachment.NetworkId = network.Id;
        }

        var hostStack = ModeNetwork(container)?.NetworkType == "host";
        var sandbox = Network.NewSandbox(container.Id, hostStack);
        try
        {
            foreach (var attachment in container.Networks)
            {
                JoinAttachment(container, sandbox, attachment);
            }

            JoinOverlayExtras(container, sandbox);
        }
        catch (NetworkException e)
        {
            Network.DeleteSandbox(sandbox);
            container.Networks.ForEach(a => a.EndpointId = null);
            throw DaemonException.From(e);
        }

        container.SandboxId = sandbox.Id;
        container.Status = ContainerStatus.Running;
        container.StartedAt = Clock.GetUtcNow();
        container.FinishedAt = null;
        container.EndsAt = null;
    }

    /// <summary>The main process ended by itself with the given status.</summary>
    public void Exited(Container container, int exitCode)
    {
        if (!container.IsRunning)
        {
            return;
        }

        ReleaseSandbox(container);
        container.Status = ContainerStatus.Exited;
        container.ExitCode = exitCode;
        container.FinishedAt = Clock.GetUtcNow();
        if (container.AutoRemove)
        {
            State.Containers.Remove(container);
        }
    }

    /// <summary>docker stop / kill. A shell or sleep as PID 1 ignores SIGTERM: Docker kills it (137).</summary>
    public void Stop(Container container, int exitCode = 137) => Exited(container, exitCode);

    public void Remove(Container container, bool force)
    {
        if (container.IsRunning && !force)
        {
            throw new DaemonException(
                ErrorKind.Conflict,
                $"You cannot remove a running container {container.Id}. Stop the container before attempting removal or force remove");
        }

        if (container.IsRunning)
        {
            ReleaseSandbox(container);
        }

        State.Containers.Remove(container);
    }

    /// <summary>Applies what time has done: `sleep N` containers whose time is up have exited.</summary>
    public void Refresh()
    {
        var now = Clock.GetUtcNow();
        foreach (var container in State.Containers.Where(c => c.IsRunning && c.EndsAt <= now).ToList())
        {
            Exited(container, 0);
            container.FinishedAt = container.EndsAt;
        }
    }

    public LabHost.Network.Network? ModeNetwork(Container container) =>
        container.Networks.Count == 0 ? null : Network.FindNetwork(container.Networks[0].NetworkId ?? container.Networks[0].NetworkName);

    private void JoinAttachment(Container container, Sandbox sandbox, NetworkAttachment attachment)
    {
        var network = Network.NetworkById(attachment.NetworkId!)
            ?? throw new NetworkException(ErrorKind.NotFound, $"network {attachment.NetworkId} not found");
        if (network.IsUserDefined && network.NetworkType is not ("host" or "null"))
        {
            // As Docker's updateNetworkConfig: the short id, then the hostname, join the aliases
            // (kept in the container's endpoint config, so docker inspect lists them after --alias).
            foreach (var alias in new[] { container.ShortId, container.Hostname })
            {
                if (!attachment.Aliases.Contains(alias))
                {
                    attachment.Aliases.Add(alias);
                }
            }
        }

        var options = new EndpointOptions
        {
            PreferredAddress = attachment.IPv4Address is null ? null : System.Net.IPAddress.Parse(attachment.IPv4Address),
            Aliases = attachment.Aliases,
        };
        attachment.EndpointId = Network.Join(sandbox, network, container.Name, options).Id;
    }

    private void ReleaseSandbox(Container container)
    {
        if (container.SandboxId is { } id && Network.Sandboxes.FirstOrDefault(s => s.Id == id) is { } sandbox)
        {
            Network.DeleteSandbox(sandbox);
        }

        container.SandboxId = null;
        container.Networks.ForEach(a => a.EndpointId = null);
    }
}
