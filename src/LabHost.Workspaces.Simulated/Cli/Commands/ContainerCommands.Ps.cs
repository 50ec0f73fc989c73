using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Cli.Output;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Templates;
using V = LabHost.Workspaces.Simulated.Templates.TemplateValue;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

public static partial class ContainerCommands
{
    private static readonly Dictionary<string, string> PsHeaders = new()
    {
        ["ID"] = "CONTAINER ID", ["Image"] = "IMAGE", ["Command"] = "COMMAND", ["CreatedAt"] = "CREATED AT",
        ["RunningFor"] = "CREATED", ["Ports"] = "PORTS", ["Status"] = "STATUS", ["Names"] = "NAMES",
        ["Networks"] = "NETWORKS", ["State"] = "STATE", ["Labels"] = "LABELS", ["Label"] = "LABEL",
    };

    private static Task<int> PsAsync(DockerContext ctx, ParsedArgs args)
    {
        ctx.Daemon.Refresh();
        var all = args.Bool("all");
        var containers = ctx.Daemon.Containers.Where(c => all || c.IsRunning).Reverse().ToList();
        foreach (var filter in args.List("filter"))
        {
            var eq = filter.IndexOf('=');
            var (key, value) = eq < 0 ? (filter, "") : (filter[..eq], filter[(eq + 1)..]);
            containers = containers.Where(c => key switch
            {
                "name" => c.Name.Contains(value, StringComparison.Ordinal),
                "id" => c.Id.StartsWith(value, StringComparison.Ordinal),
                "status" => Status(c) == value,
                "network" => c.IsRunning && c.Networks.Any(a => a.NetworkName == value || a.NetworkId == value),
                _ => true,
            }).ToList();
        }

        var noTrunc = args.Bool("no-trunc");
        var format = args.Bool("quiet") ? "{{.ID}}" : args.String("format") ??
            "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
        var rows = containers.Select(c => Row(ctx, c, noTrunc)).ToList();
        return Task.FromResult(Templated.Write(ctx, () => ListFormatter.Render(format, PsHeaders, rows)));
    }

    private static string Status(Container c) => c.Status switch
    {
        ContainerStatus.Running => "running",
        ContainerStatus.Exited => "exited",
        ContainerStatus.Paused => "paused",
        _ => "created",
    };

    private static V Row(DockerContext ctx, Container c, bool noTrunc)
    {
        var command = string.Join(' ', c.Command);
        if (!noTrunc && command.Length > 20)
        {
            command = command[..19] + "…";
        }

        var status = c.Status switch
        {
            ContainerStatus.Running => "Up " + HumanTime.Duration(ctx.Now - c.StartedAt!.Value),
            ContainerStatus.Exited => $"Exited ({c.ExitCode}) {HumanTime.Duration(ctx.Now - c.FinishedAt!.Value)} ago",
            _ => "Created",
        };
        var networks = string.Join(",", c.Networks.Select(a => ctx.Daemon.Network.NetworkById(a.NetworkId ?? "")?.Name ?? a.NetworkName));
        return new MethodObject("*formatter.ContainerContext", new Dictionary<string, TemplateMethod>
        {
            ["ID"] = TemplateMethod.Of(() => V.String(noTrunc ? c.Id : c.ShortId)),
            ["Image"] = TemplateMethod.Of(() => V.String(c.Image)),
            ["Command"] = TemplateMethod.Of(() => V.String($"\"{command}\"")),
            ["CreatedAt"] = TemplateMethod.Of(() => V.String(GoTime.String(c.Created))),
            ["RunningFor"] = TemplateMethod.Of(() => V.String(HumanTime.Duration(ctx.Now - c.Created) + " ago")),
            ["Ports"] = TemplateMethod.Of(() => V.String("")),
            ["Status"] = TemplateMethod.Of(() => V.String(status)),
            ["State"] = TemplateMethod.Of(() => V.String(Status(c))),
            ["Names"] = TemplateMethod.Of(() => V.String(c.Name)),
            ["Networks"] = TemplateMethod.Of(() => V.String(networks)),
            ["Labels"] = TemplateMethod.Of(() => V.String("")),
            ["Label"] = TemplateMethod.Of(_ => V.String("")),
            ["Mounts"] = TemplateMethod.Of(() => V.String("")),
            ["Size"] = TemplateMethod.Of(() => V.String("0B")),
        });
    }
}
