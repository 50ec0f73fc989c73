using LabHost.Workspaces.Simulated.Cli.Flags;
using static LabHost.Workspaces.Simulated.Cli.Flags.FlagKind;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>The `docker network` commands, registered in one table.</summary>
public static partial class NetworkCommands
{
    public static IReadOnlyList<CommandDef> All { get; } =
    [
        new("docker network ls", "docker network ls [OPTIONS]", "List networks",
            [new("filter", 'f', List), new("format", null, FlagKind.String), new("no-trunc", null, Bool), new("quiet", 'q', Bool)],
            ArgsRule.None, LsAsync) { Aliases = ["list"] },
        new("docker network create", "docker network create [OPTIONS] NETWORK", "Create a network",
            [
                new("driver", 'd', FlagKind.String), new("label", null, List), new("attachable", null, Bool),
                new("scope", null, FlagKind.String), new("subnet", null, List), new("ip-range", null, List),
                new("gateway", null, List), new("aux-address", null, List), new("internal", null, Bool),
                new("opt", 'o', List), new("ipv6", null, Bool), new("ipam-driver", null, FlagKind.String),
                new("ipam-opt", null, List), new("ingress", null, Bool), new("config-only", null, Bool),
                new("config-from", null, FlagKind.String),
            ],
            ArgsRule.Exactly(1), CreateAsync),
        new("docker network inspect", "docker network inspect [OPTIONS] NETWORK [NETWORK...]", "Display detailed information on one or more networks",
            [new("format", 'f', FlagKind.String), new("verbose", 'v', Bool)], ArgsRule.AtLeast(1), InspectAsync),
        new("docker network connect", "docker network connect [OPTIONS] NETWORK CONTAINER", "Connect a container to a network",
            [new("ip", null, FlagKind.String), new("ip6", null, FlagKind.String), new("alias", null, List), new("link", null, List), new("driver-opt", null, List)],
            ArgsRule.Exactly(2), ConnectAsync),
        new("docker network disconnect", "docker network disconnect [OPTIONS] NETWORK CONTAINER", "Disconnect a container from a network",
            [new("force", 'f', Bool)], ArgsRule.Exactly(2), DisconnectAsync),
        new("docker network rm", "docker network rm NETWORK [NETWORK...]", "Remove one or more networks",
            [new("force", 'f', Bool)], ArgsRule.AtLeast(1), RmAsync) { Aliases = ["remove"] },
        new("docker network prune", "docker network prune [OPTIONS]", "Remove all unused networks",
            [new("force", 'f', Bool), new("filter", null, List)], ArgsRule.None, PruneAsync),
    ];
}
