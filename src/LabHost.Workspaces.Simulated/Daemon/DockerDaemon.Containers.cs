using System.Net;
using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

public sealed partial class DockerDaemon
{
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

        if (State.Containers.Count >= Limits.MaxContainers)
        {
            // Not Docker's, like the network limit: the Docker workspace's wrapper prints the same.
            throw new DaemonException(ErrorKind.Forbidden, $"this workspace is limited to {Limits.MaxContainers} containers; remove some with docker rm");
        }

        var links = config.Links.Select(ResolveLink).ToList();
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
            // Docker gives a --network host container the host's own name (os.Hostname()).
            CustomHostname = config.Hostname ?? (mode == "host" ? Machines.HostMachine.Name : null),
            Links = links,
        };
        container.Networks.Add(attachment);

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

    private ContainerLink ResolveLink(string link)
    {
        var colon = link.IndexOf(':');
        var (name, alias) = colon < 0 ? (link, link) : (link[..colon], link[(colon + 1)..]);
        var target = FindContainer(name)
            ?? throw new DaemonException(ErrorKind.InvalidParameter, $"could not get container for {name}: No such container: {name}");
        return new ContainerLink(target.Id, target.Name, target.Hostname, alias);
    }

    private static NetworkAttachment ResolveNetworkMode(string mode, ContainerConfig config) => new()
    {
        NetworkName = mode == "default" ? "bridge" : mode,
        IPv4Address = config.IPv4Address,
        Aliases = [.. config.Aliases],
    };

    private static void ValidateStaticAddress(LabHost.Network.Network network, string ip)
    {
        if (network.NetworkType is "host" or "null" || !network.IsUserDefined)
        {
            throw new DaemonException(ErrorKind.InvalidParameter, "user specified IP address is supported on user defined networks only");
        }

        if (network.IpamConfigs.All(c => c.Subnet is null || c.IsIPv6))
        {
            throw new DaemonException(ErrorKind.InvalidParameter, "user specified IP address is supported only when connecting to networks with user configured subnets");
        }

        if (!LabHost.Network.Ipv4.TryParseStrict(ip, out var address))
        {
            throw new DaemonException(ErrorKind.InvalidParameter, $"invalid IPv4 address: {ip}");
        }

        if (!network.IpamInfos.Any(i => IPNetwork.Parse(i.Pool).Contains(address)))
        {
            throw new DaemonException(ErrorKind.InvalidParameter, $"Invalid address {ip}: It does not belong to any of this network's subnets");
        }
    }
}
