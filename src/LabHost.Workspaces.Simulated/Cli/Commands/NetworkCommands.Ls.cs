using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Cli.Output;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Templates;
using V = LabHost.Workspaces.Simulated.Templates.TemplateValue;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

public static partial class NetworkCommands
{
    private static readonly Dictionary<string, string> LsHeaders = new()
    {
        ["ID"] = "NETWORK ID", ["Name"] = "NAME", ["Driver"] = "DRIVER", ["Scope"] = "SCOPE",
        ["IPv4"] = "IPV4", ["IPv6"] = "IPV6", ["Internal"] = "INTERNAL", ["Labels"] = "LABELS",
        ["Label"] = "LABEL", ["CreatedAt"] = "CREATED AT",
    };

    private static Task<int> LsAsync(DockerContext ctx, ParsedArgs args)
    {
        IEnumerable<LabHost.Network.Network> networks;
        try
        {
            networks = NetworkFilter.Apply(ctx.Daemon.Network.Networks, args.List("filter"));
        }
        catch (DaemonException e)
        {
            return Task.FromResult(ctx.DaemonError(e));
        }

        var noTrunc = args.Bool("no-trunc");
        var format = args.Bool("quiet") ? "{{.ID}}" : args.String("format") ?? "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";
        var rows = networks.OrderBy(n => n.Name, StringComparer.Ordinal).Select(n => Row(n, noTrunc));
        return Task.FromResult(Templated.Write(ctx, () => ListFormatter.Render(format, LsHeaders, rows.ToList())));
    }

    private static V Row(LabHost.Network.Network n, bool noTrunc)
    {
        var labels = string.Join(",", n.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
        return new MethodObject("*formatter.networkContext", new Dictionary<string, TemplateMethod>
        {
            ["ID"] = TemplateMethod.Of(() => V.String(noTrunc ? n.Id : n.ShortId)),
            ["Name"] = TemplateMethod.Of(() => V.String(n.Name)),
            ["Driver"] = TemplateMethod.Of(() => V.String(n.NetworkType)),
            ["Scope"] = TemplateMethod.Of(() => V.String(n.Scope)),
            ["IPv4"] = TemplateMethod.Of(() => V.String("false")),
            ["IPv6"] = TemplateMethod.Of(() => V.String(n.EnableIPv6 ? "true" : "false")),
            ["Internal"] = TemplateMethod.Of(() => V.String(n.Internal ? "true" : "false")),
            ["Labels"] = TemplateMethod.Of(() => V.String(labels)),
            ["Label"] = TemplateMethod.Of(k => V.String(n.Labels.GetValueOrDefault(k) ?? "")),
            ["CreatedAt"] = TemplateMethod.Of(() => V.String(GoTime.String(n.Created))),
        });
    }
}
