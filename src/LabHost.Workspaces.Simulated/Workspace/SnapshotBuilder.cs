using System.Collections.Immutable;
using System.Net;
using LabHost.Network;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>Reads a simulated host into the immutable snapshot the grader sees.</summary>
public static class SnapshotBuilder
{
    public static WorkspaceSnapshot Build(string workspaceId, SimulatedHost host, ImmutableArray<CommandRecord> commands, DateTimeOffset now)
    {
        // What `docker ps` would do first: containers whose `sleep N` is over have exited.
        host.Daemon.Refresh();
        var controller = host.Daemon.Network;
        return new WorkspaceSnapshot(
            workspaceId,
            now,
            [.. controller.Networks.Select(ToSnapshot)],
            [.. host.Daemon.Containers.Select(c => ToSnapshot(c, controller))],
            host.Daemon.SwarmActive,
            commands);
    }

    private static NetworkSnapshot ToSnapshot(LabHost.Network.Network network) => new(
        network.Id,
        network.Name,
        network.NetworkType,
        network.Scope,
        [.. network.IpamInfos.Select(ToSnapshot)],
        network.Labels.ToImmutableSortedDictionary(StringComparer.Ordinal),
        network.Options.ToImmutableSortedDictionary(StringComparer.Ordinal),
        network.Internal,
        network.Attachable,
        network.Ingress)
    {
        IsPredefined = network.IsPredefined,
    };

    private static IpamPoolSnapshot ToSnapshot(IpamInfo info) => new(
        IPNetwork.Parse(info.Pool),
        info.SubPool is null ? null : IPNetwork.Parse(info.SubPool),
        info.Gateway is null ? null : IPAddress.Parse(info.Gateway.Split('/')[0]),
        info.AuxAddresses.ToImmutableSortedDictionary(kv => kv.Key, kv => IPAddress.Parse(kv.Value.Split('/')[0]), StringComparer.Ordinal));

    private static ContainerSnapshot ToSnapshot(Container container, NetworkController controller)
    {
        var sandbox = container.IsRunning && container.SandboxId is { } id ? controller.Sandboxes.FirstOrDefault(s => s.Id == id) : null;
        var interfaces = sandbox is null
            ? []
            : controller.EndpointsOf(sandbox)
                .Where(e => e.InterfaceName is not null)
                .Select(e => new InterfaceSnapshot(
                    e.InterfaceName!,
                    controller.NetworkById(e.NetworkId)?.Name ?? "",
                    e.NetworkId,
                    e.IPv4,
                    e.PrefixLength,
                    e.MacAddress))
                .ToImmutableArray();
        return new ContainerSnapshot(container.Id, container.Name, container.Image, ToState(container.Status), interfaces)
        {
            ExitCode = container.Status == ContainerStatus.Exited ? container.ExitCode : null,
        };
    }

    private static ContainerState ToState(ContainerStatus status) => status switch
    {
        ContainerStatus.Running => ContainerState.Running,
        ContainerStatus.Paused => ContainerState.Paused,
        ContainerStatus.Exited => ContainerState.Exited,
        _ => ContainerState.Created,
    };
}
