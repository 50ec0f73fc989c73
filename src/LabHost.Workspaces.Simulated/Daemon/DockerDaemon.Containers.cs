using System.Net;
using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

public sealed partial class DockerDaemon
{
    public const int MaxContainers = 50;

    /// <summary>Creates a container (not started), validating name, image and network as 20.10 does.</summary>
    public Container CreateContainer(ContainerConfig config)
    {
        Refresh();
        var image = FindImage(config.Image) ?? throw new DaemonException(
            ErrorKind.NotFound, $"No such image: {Normalise(config.Image)}");
        if (config.Name is { } name)
        {
            ValidateName(name);
        }

        if (State.Containers.Count >= MaxContainers)
        {
            throw new DaemonException(ErrorKind.Forbidden, $"this workspace is limited to {MaxContainers} containers; remove some with docker rm");
        }

        var mode = config.Network ?? "default";
        var attachment = ResolveNetworkMode(mode, config);
        var id = Network.Ids.NewId();
        var container = new Container
        {
            Id = id,
            Name = config.Name ?? NameGenerator.Generate(Network.Ids, n => State.Containers.Any(c => c.Name == n)),
            Image = config.Image,
            ImageId = image.Id,
            Command = config.Command.Count > 0 ? [.. config.Command] : [.. image.Cmd],
            Created = Clock.GetUtcNow(),
            Tty = config.Tty,
            OpenStdin = config.OpenStdin,
            AutoRemove = config.AutoRemove,
            NetworkMode = mode,
        };
        if (attachment is not null)
        {
            container.Networks.Add(attachment);
        }

        State.Containers.Add(container);
        return container;
    }

    private static string Normalise(string reference) =>
        reference.Contains(':') ? reference : reference + ":latest";

    private void ValidateName(string name)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$"))
        {
            throw new DaemonException(
                ErrorKind.InvalidParameter,
                $"Invalid container name ({name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        }

        var existing = State.Containers.FirstOrDefault(c => c.Name == name.TrimStart('/'));
        if (existing is not null)
        {
            throw new DaemonException(
                ErrorKind.Conflict,
                $"Conflict. The container name \"/{name.TrimStart('/')}\" is already in use by container \"{existing.Id}\". You have to remove (or rename) that container to be able to reuse that name.");
        }
    }

    private NetworkAttachment? ResolveNetworkMode(string mode, ContainerConfig config)
    {
        var name = mode == "default" ? "bridge" : mode;
        var network = Network.FindNetwork(name)
            ?? throw new DaemonException(ErrorKind.NotFound, $"network {name} not found");
        if (config.IPv4Address is { } ip)
        {
            ValidateStaticAddress(network, ip);
        }

        if (network.NetworkType is "host" or "null")
        {
            return new NetworkAttachment { NetworkId = network.Id };
        }

        if (network.Scope == Scope.Swarm && !network.Attachable)
        {
            throw new DaemonException(ErrorKind.Forbidden, $"Could not attach to network {name}: rpc error: code = PermissionDenied desc = network {name} not manually attachable");
        }

        var aliases = config.Aliases.ToList();
        return new NetworkAttachment { NetworkId = network.Id, IPv4Address = config.IPv4Address, Aliases = aliases };
    }

    private static void ValidateStaticAddress(LabHost.Network.Network network, string ip)
    {
        if (!network.IsUserDefined)
        {
            throw new DaemonException(ErrorKind.InvalidParameter, "user specified IP address is supported on user defined networks only");
        }

        if (network.IpamConfigs.All(c => c.Subnet is null))
        {
            throw new DaemonException(ErrorKind.InvalidParameter, "user specified IP address is supported only when connecting to networks with user configured subnets");
        }

        if (!IPAddress.TryParse(ip, out _))
        {
            throw new DaemonException(ErrorKind.InvalidParameter, $"invalid IPv4 address: {ip}");
        }
    }
}
