using LabHost.Workspaces.Simulated.Cli.Flags;
using static LabHost.Workspaces.Simulated.Cli.Flags.FlagKind;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>The container commands (docker run, ps, exec ...), registered in one table.</summary>
public static partial class ContainerCommands
{
    private static readonly FlagSpec[] RunFlags =
    [
        new("detach", 'd', Bool), new("interactive", 'i', Bool), new("tty", 't', Bool), new("rm", null, Bool),
        new("name", null, FlagKind.String), new("network", null, List), new("net", null, List), new("ip", null, FlagKind.String),
        new("network-alias", null, List), new("net-alias", null, List), new("hostname", 'h', FlagKind.String),
        new("env", 'e', List), new("publish", 'p', List), new("label", 'l', List), new("privileged", null, Bool),
        new("cap-add", null, List), new("link", null, List), new("memory", 'm', FlagKind.String), new("cpus", null, FlagKind.String),
    ];

    public static IReadOnlyList<CommandDef> All { get; } =
    [
        new("docker container run", "docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create and run a new container from an image",
            RunFlags, ArgsRule.AtLeast(1), RunAsync) { Interspersed = false },
        new("docker container create", "docker container create [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create a new container",
            RunFlags, ArgsRule.AtLeast(1), CreateAsync) { Interspersed = false },
        new("docker container ls", "docker container ls [OPTIONS]", "List containers",
            [new("all", 'a', Bool), new("quiet", 'q', Bool), new("filter", 'f', List), new("format", null, FlagKind.String), new("no-trunc", null, Bool), new("latest", 'l', Bool)],
            ArgsRule.None, PsAsync) { Aliases = ["ps", "list"] },
        new("docker container exec", "docker container exec [OPTIONS] CONTAINER COMMAND [ARG...]", "Execute a command in a running container",
            [new("interactive", 'i', Bool), new("tty", 't', Bool), new("detach", 'd', Bool), new("env", 'e', List), new("user", 'u', FlagKind.String), new("workdir", 'w', FlagKind.String)],
            ArgsRule.AtLeast(2), ExecAsync) { Interspersed = false },
        new("docker container start", "docker container start [OPTIONS] CONTAINER [CONTAINER...]", "Start one or more stopped containers",
            [new("attach", 'a', Bool), new("interactive", 'i', Bool)], ArgsRule.AtLeast(1), StartAsync),
        new("docker container stop", "docker container stop [OPTIONS] CONTAINER [CONTAINER...]", "Stop one or more running containers",
            [new("time", 't', FlagKind.String), new("signal", 's', FlagKind.String)], ArgsRule.AtLeast(1), StopAsync),
        new("docker container kill", "docker container kill [OPTIONS] CONTAINER [CONTAINER...]", "Kill one or more running containers",
            [new("signal", 's', FlagKind.String)], ArgsRule.AtLeast(1), KillAsync),
        new("docker container restart", "docker container restart [OPTIONS] CONTAINER [CONTAINER...]", "Restart one or more containers",
            [new("time", 't', FlagKind.String)], ArgsRule.AtLeast(1), RestartAsync),
        new("docker container rm", "docker container rm [OPTIONS] CONTAINER [CONTAINER...]", "Remove one or more containers",
            [new("force", 'f', Bool), new("volumes", 'v', Bool), new("link", 'l', Bool)], ArgsRule.AtLeast(1), RmAsync) { Aliases = ["remove"] },
        new("docker container attach", "docker container attach [OPTIONS] CONTAINER", "Attach local standard input, output, and error streams to a running container",
            [new("detach-keys", null, FlagKind.String), new("no-stdin", null, Bool), new("sig-proxy", null, Bool)], ArgsRule.Exactly(1), AttachAsync),
        new("docker container logs", "docker container logs [OPTIONS] CONTAINER", "Fetch the logs of a container",
            [new("follow", 'f', Bool), new("tail", 'n', FlagKind.String), new("timestamps", 't', Bool)], ArgsRule.Exactly(1), LogsAsync),
    ];
}
