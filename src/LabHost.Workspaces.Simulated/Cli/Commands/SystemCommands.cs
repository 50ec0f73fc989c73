using LabHost.Network;
using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Cli.Inspect;
using LabHost.Workspaces.Simulated.Cli.Output;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Templates;
using static LabHost.Workspaces.Simulated.Cli.Flags.FlagKind;
using V = LabHost.Workspaces.Simulated.Templates.TemplateValue;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>docker images, inspect, version, info and swarm init/leave.</summary>
public static class SystemCommands
{
    public const string ClientVersion = "28.2.2";
    public const string ClientCommit = "e6534b4";

    public static IReadOnlyList<CommandDef> All { get; } =
    [
        new("docker image ls", "docker image ls [OPTIONS] [REPOSITORY[:TAG]]", "List images",
            [new("all", 'a', Bool), new("quiet", 'q', Bool), new("format", null, FlagKind.String), new("no-trunc", null, Bool), new("filter", 'f', List)],
            new ArgsRule(0, 1), ImagesAsync) { Aliases = ["images", "list"] },
        new("docker inspect", "docker inspect [OPTIONS] NAME|ID [NAME|ID...]", "Return low-level information on Docker objects",
            [new("format", 'f', FlagKind.String), new("size", 's', Bool), new("type", null, FlagKind.String)], ArgsRule.AtLeast(1),
            (ctx, args) => Inspect(ctx, args, args.String("type"))),
        new("docker container inspect", "docker container inspect [OPTIONS] CONTAINER [CONTAINER...]", "Display detailed information on one or more containers",
            [new("format", 'f', FlagKind.String), new("size", 's', Bool)], ArgsRule.AtLeast(1), (ctx, args) => Inspect(ctx, args, "container")),
        new("docker image inspect", "docker image inspect [OPTIONS] IMAGE [IMAGE...]", "Display detailed information on one or more images",
            [new("format", 'f', FlagKind.String)], ArgsRule.AtLeast(1), (ctx, args) => Inspect(ctx, args, "image")),
        new("docker version", "docker version [OPTIONS]", "Show the Docker version information",
            [new("format", 'f', FlagKind.String)], ArgsRule.None, VersionAsync),
        new("docker info", "docker info [OPTIONS]", "Display system-wide information",
            [new("format", 'f', FlagKind.String)], ArgsRule.None, InfoAsync),
        new("docker swarm init", "docker swarm init [OPTIONS]", "Initialize a swarm",
            [new("advertise-addr", null, FlagKind.String), new("listen-addr", null, FlagKind.String), new("force-new-cluster", null, Bool)], ArgsRule.None, SwarmInitAsync),
        new("docker swarm leave", "docker swarm leave [OPTIONS]", "Leave the swarm",
            [new("force", 'f', Bool)], ArgsRule.None, SwarmLeaveAsync),
    ];

    private static readonly Dictionary<string, string> ImageHeaders = new()
    {
        ["Repository"] = "REPOSITORY", ["Tag"] = "TAG", ["ID"] = "IMAGE ID", ["CreatedSince"] = "CREATED",
        ["CreatedAt"] = "CREATED AT", ["Size"] = "SIZE", ["Digest"] = "DIGEST",
    };

    private static Task<int> ImagesAsync(DockerContext ctx, ParsedArgs args)
    {
        var format = args.Bool("quiet") ? "{{.ID}}" : args.String("format") ?? "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";
        var images = ctx.Daemon.State.Images.OrderByDescending(i => i.Created)
            .Where(i => args.Positionals.Count == 0 || Matches(i, args.Positionals[0]));
        var rows = images.Select(i => (V)new MethodObject("*formatter.imageContext", new Dictionary<string, TemplateMethod>
        {
            ["Repository"] = TemplateMethod.Of(() => V.String(i.Repository)),
            ["Tag"] = TemplateMethod.Of(() => V.String(i.Tag)),
            ["ID"] = TemplateMethod.Of(() => V.String(args.Bool("no-trunc") ? i.Id : i.ShortId)),
            ["CreatedSince"] = TemplateMethod.Of(() => V.String(HumanTime.Duration(ctx.Now - i.Created) + " ago")),
            ["CreatedAt"] = TemplateMethod.Of(() => V.String(GoTime.String(i.Created))),
            ["Size"] = TemplateMethod.Of(() => V.String(HumanSize.Format(i.Size))),
            ["Digest"] = TemplateMethod.Of(() => V.String("<none>")),
        })).ToList();
        return Task.FromResult(Templated.Write(ctx, () => ListFormatter.Render(format, ImageHeaders, rows)));
    }

    private static bool Matches(Image image, string reference)
    {
        var (repository, tag) = reference.Contains(':') ? DockerDaemon.SplitReference(reference) : (reference, image.Tag);
        return image.Repository == repository && image.Tag == tag;
    }

    /// <summary>docker inspect; <paramref name="type"/> limits it to containers, images or networks.</summary>
    private static Task<int> Inspect(DockerContext ctx, ParsedArgs args, string? type)
    {
        ctx.Daemon.Refresh();
        var found = new List<(V Typed, string Raw)>();
        var errors = new List<string>();
        foreach (var name in args.Positionals)
        {
            if (type is null or "container" && ctx.Daemon.FindContainer(name) is { } container)
            {
                var value = ContainerInspect.Build(ctx.Daemon, container);
                found.Add((value, value.ToJson(escapeHtml: true)));
            }
            else if (type is null or "image" && ctx.Daemon.FindImage(name) is { } image)
            {
                var value = ImageInspect.Build(image);
                found.Add((value, value.ToJson(escapeHtml: true)));
            }
            else if (type is null or "network" && ctx.Daemon.Network.FindNetwork(name) is { } network)
            {
                found.Add((NetworkInspect.Build(ctx.Daemon, network, true), NetworkInspect.Build(ctx.Daemon, network, false).ToJson(escapeHtml: true)));
            }
            else
            {
                errors.Add(type switch
                {
                    "container" => $"Error response from daemon: No such container: {name}",
                    "image" => $"Error response from daemon: No such image: {name}",
                    _ => $"Error: No such object: {name}",
                });
            }
        }

        var status = args.String("format") is { } format
            ? InspectOutput.WriteTemplated(ctx, format, found)
            : InspectOutput.WriteJson(ctx, found.Select(f => JsonIndent.Indent(f.Raw, 1)));
        errors.ForEach(ctx.Err.WriteLine);
        return Task.FromResult(errors.Count > 0 ? ExitCodes.Error : status);
    }

    private static Task<int> VersionAsync(DockerContext ctx, ParsedArgs args)
    {
        ctx.Out.Write($"Client:\n Version:           {ClientVersion}\n API version:       1.41 (downgraded from 1.50)\n Go version:        go1.24.3\n Git commit:        {ClientCommit}\n OS/Arch:           linux/amd64\n Context:           default\n\n" +
            "Server:\n Engine:\n  Version:          20.10.24+dfsg1\n  API version:      1.41 (minimum version 1.12)\n  Go version:       go1.19.8\n  OS/Arch:          linux/amd64\n  Experimental:     false\n");
        return Task.FromResult(0);
    }

    private static Task<int> InfoAsync(DockerContext ctx, ParsedArgs args)
    {
        var d = ctx.Daemon;
        var running = d.Containers.Count(c => c.IsRunning);
        ctx.Out.Write($"Client:\n Version:    {ClientVersion}\n Context:    default\n\nServer:\n Containers: {d.Containers.Count}\n  Running: {running}\n  Paused: 0\n  Stopped: {d.Containers.Count - running}\n" +
            $" Images: {d.State.Images.Count}\n Server Version: 20.10.24+dfsg1\n Network: bridge host ipvlan macvlan null overlay\n Swarm: {(d.SwarmActive ? "active" : "inactive")}\n" +
            $" Name: {Machines.HostMachine.Name}\n");
        return Task.FromResult(0);
    }

    private static Task<int> SwarmInitAsync(DockerContext ctx, ParsedArgs args)
    {
        try
        {
            var (nodeId, token) = ctx.Daemon.SwarmInit();
            ctx.Out.Write($"Swarm initialized: current node ({nodeId}) is now a manager.\n\nTo add a worker to this swarm, run the following command:\n\n" +
                $"    docker swarm join --token {token} {HostStack.Address}:2377\n\n" +
                "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n");
            return Task.FromResult(0);
        }
        catch (DaemonException e)
        {
            return Task.FromResult(ctx.DaemonError(e));
        }
    }

    private static Task<int> SwarmLeaveAsync(DockerContext ctx, ParsedArgs args)
    {
        try
        {
            ctx.Daemon.SwarmLeave(args.Bool("force"));
            ctx.Out.WriteLine("Node left the swarm.");
            return Task.FromResult(0);
        }
        catch (DaemonException e)
        {
            return Task.FromResult(ctx.DaemonError(e));
        }
    }
}
