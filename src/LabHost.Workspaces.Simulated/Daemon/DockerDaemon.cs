using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>
/// The simulated Docker daemon: containers and images on top of the network engine, with the
/// daemon's own validation and error wording (Engine 20.10). Not safe for concurrent use: the
/// workspace serialises commands.
/// </summary>
public sealed partial class DockerDaemon
{
    public DockerDaemon(DaemonState? state = null, TimeProvider? clock = null, WorkspaceLimits? limits = null)
    {
        Clock = clock ?? TimeProvider.System;
        Limits = limits ?? WorkspaceLimits.Default;
        var fresh = state is null;
        State = state ?? new DaemonState { StartedAt = Clock.GetUtcNow() };
        Network = new NetworkController(fresh ? null : State.Network, Clock);
        State.Network = Network.State;
        if (fresh)
        {
            InitializeDefaults();
        }
    }

    public DaemonState State { get; }

    public NetworkController Network { get; }

    /// <summary>Where <see cref="WorkspaceLimits.MaxContainers"/> and <see cref="WorkspaceLimits.MaxNetworks"/> come from; not saved (the provider's, at each start).</summary>
    public WorkspaceLimits Limits { get; }

    public TimeProvider Clock { get; }

    public IReadOnlyList<Container> Containers => State.Containers;

    public bool SwarmActive => State.SwarmNodeId is not null;

    /// <summary>Finds a container by full id, exact name, then unique id prefix.</summary>
    public Container? FindContainer(string idOrName)
    {
        if (idOrName.Length == 0)
        {
            return null;
        }

        var name = idOrName.TrimStart('/');
        var found = State.Containers.FirstOrDefault(c => c.Id == idOrName) ??
            State.Containers.FirstOrDefault(c => c.Name == name);
        if (found is not null)
        {
            return found;
        }

        var byPrefix = State.Containers.Where(c => c.Id.StartsWith(idOrName, StringComparison.Ordinal)).Take(2).ToList();
        return byPrefix.Count == 1 ? byPrefix[0] : null;
    }

    public Container GetContainer(string idOrName)
    {
        Refresh();
        return FindContainer(idOrName) ?? throw new DaemonException(ErrorKind.NotFound, $"No such container: {idOrName}");
    }

    public Image? FindImage(string reference)
    {
        var (repository, tag) = SplitReference(reference);
        return State.Images.FirstOrDefault(i => i.Repository == repository && i.Tag == tag) ??
            State.Images.FirstOrDefault(i => i.Id == reference || i.Id == "sha256:" + reference ||
                (reference.Length >= 4 && i.Id[7..].StartsWith(reference, StringComparison.Ordinal)));
    }

    public static (string Repository, string Tag) SplitReference(string reference)
    {
        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') && colon >= 0
            ? (reference[..colon], reference[(colon + 1)..])
            : (reference, "latest");
    }

    private void InitializeDefaults()
    {
        // Both images are busybox-static under another name, as the reference engine's are.
        State.Images.Add(new Image("busybox", "latest", "sha256:" + Network.Ids.NewId(), State.StartedAt.AddDays(-3), 1_987_000, ["/bin/sh"]));
        State.Images.Add(new Image("alpine", "latest", "sha256:" + Network.Ids.NewId(), State.StartedAt.AddDays(-3).AddSeconds(1), 1_987_000, ["/bin/sh"]));

        // The daemon's own networks: the default bridge on docker0 takes the first default pool.
        Network.CreateNetwork(
            new NetworkConfig
            {
                Name = "bridge",
                IpamConfigs = [new IpamConfig { Subnet = "172.17.0.0/16" }],
                Options = DefaultBridgeOptions,
            },
            predefined: true);
        Network.CreateNetwork(new NetworkConfig { Name = "host", NetworkType = "host" }, predefined: true);
        Network.CreateNetwork(new NetworkConfig { Name = "none", NetworkType = "null" }, predefined: true);
    }

    private static Dictionary<string, string> DefaultBridgeOptions => new(StringComparer.Ordinal)
    {
        ["com.docker.network.bridge.default_bridge"] = "true",
        ["com.docker.network.bridge.enable_icc"] = "true",
        ["com.docker.network.bridge.enable_ip_masquerade"] = "true",
        ["com.docker.network.bridge.host_binding_ipv4"] = "0.0.0.0",
        ["com.docker.network.bridge.name"] = "docker0",
        ["com.docker.network.driver.mtu"] = "1500",
    };
}
