using System.Collections.Immutable;
using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Docker.Snapshots;

/// <summary>
/// Reads a workspace's inner engine into the snapshot the grader sees: networks and containers
/// from its API; each running container's interfaces by name from inside its network namespace
/// (see <see cref="SandboxInterfaces"/>), since the API does not say which endpoint is eth0.
/// </summary>
internal static class InnerEngineSnapshot
{
    private static readonly HashSet<string> Predefined = ["bridge", "host", "none"];

    public static async Task<(ImmutableArray<NetworkSnapshot> Networks, ImmutableArray<ContainerSnapshot> Containers, bool Swarm)> ReadAsync(
        DockerClient inner, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, IReadOnlyList<SandboxInterface>>>> readSandboxes, CancellationToken cancellation)
    {
        var networks = await inner.Networks.ListNetworksAsync(new NetworksListParameters(), cancellation);
        var list = await inner.Containers.ListContainersAsync(new ContainersListParameters { All = true }, cancellation);
        var inspected = new List<ContainerInspectResponse>();
        foreach (var container in list.OrderBy(c => c.Created))
        {
            try
            {
                inspected.Add(await inner.Containers.InspectContainerAsync(container.ID, cancellation));
            }
            catch (DockerContainerNotFoundException)
            {
                // removed between the list and the inspect
            }
        }

        var keys = inspected.Where(c => c.State?.Running == true).Select(c => c.NetworkSettings?.SandboxKey).OfType<string>().Where(k => k.Length > 0).Distinct().ToList();
        var sandboxes = keys.Count == 0 ? new Dictionary<string, IReadOnlyList<SandboxInterface>>() : await readSandboxes(keys);
        var info = await inner.System.GetSystemInfoAsync(cancellation);
        var byId = networks.ToDictionary(n => n.ID, n => n.Name);
        return (
            [.. networks.OrderBy(n => n.Name, StringComparer.Ordinal).Select(ToSnapshot)],
            [.. inspected.Select(c => ToSnapshot(c, list.First(l => l.ID == c.ID).Image, sandboxes, byId))],
            info.Swarm?.LocalNodeState == "active");
    }

    private static NetworkSnapshot ToSnapshot(NetworkResponse network) => new(
        network.ID,
        network.Name,
        network.Driver,
        network.Scope,
        [.. (network.IPAM?.Config ?? []).Where(c => !string.IsNullOrEmpty(c.Subnet)).Select(ToSnapshot)],
        (network.Labels ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(StringComparer.Ordinal),
        (network.Options ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(StringComparer.Ordinal),
        network.Internal,
        network.Attachable,
        network.Ingress)
    {
        IsPredefined = Predefined.Contains(network.Name),
    };

    private static IpamPoolSnapshot ToSnapshot(IPAMConfig config) => new(
        IPNetwork.Parse(config.Subnet),
        string.IsNullOrEmpty(config.IPRange) ? null : IPNetwork.Parse(config.IPRange),
        string.IsNullOrEmpty(config.Gateway) ? null : IPAddress.Parse(config.Gateway.Split('/')[0]),
        (config.AuxAddress ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(kv => kv.Key, kv => IPAddress.Parse(kv.Value.Split('/')[0]), StringComparer.Ordinal));

    private static ContainerSnapshot ToSnapshot(
        ContainerInspectResponse container, string image, IReadOnlyDictionary<string, IReadOnlyList<SandboxInterface>> sandboxes, Dictionary<string, string> networkNames)
    {
        var engineState = container.State ?? new State { Status = "created" };
        var state = engineState.Paused ? ContainerState.Paused
            : engineState.Running ? ContainerState.Running
            : engineState.Status == "created" ? ContainerState.Created
            : ContainerState.Exited;
        var interfaces = ImmutableArray<InterfaceSnapshot>.Empty;
        if (state is ContainerState.Running or ContainerState.Paused
            && container.NetworkSettings?.SandboxKey is { Length: > 0 } key && sandboxes.TryGetValue(key, out var found))
        {
            var endpoints = container.NetworkSettings?.Networks ?? new Dictionary<string, EndpointSettings>();
            interfaces = [.. found
                .Select(i => (Interface: i, Endpoint: endpoints.FirstOrDefault(e => Matches(e.Value, i))))
                .Where(x => x.Endpoint.Value is not null)
                .Select(x => new InterfaceSnapshot(
                    x.Interface.Name,
                    networkNames.GetValueOrDefault(x.Endpoint.Value.NetworkID, x.Endpoint.Key),
                    x.Endpoint.Value.NetworkID,
                    x.Interface.IPv4,
                    x.Interface.PrefixLength,
                    x.Interface.MacAddress))];
        }

        return new ContainerSnapshot(container.ID, container.Name.TrimStart('/'), image, state, interfaces)
        {
            ExitCode = state == ContainerState.Exited ? (int)engineState.ExitCode : null,
        };
    }

    private static bool Matches(EndpointSettings endpoint, SandboxInterface found) =>
        (!string.IsNullOrEmpty(endpoint.MacAddress) && string.Equals(endpoint.MacAddress, found.MacAddress, StringComparison.OrdinalIgnoreCase))
        || (found.IPv4 is not null && endpoint.IPAddress == found.IPv4.ToString());
}
