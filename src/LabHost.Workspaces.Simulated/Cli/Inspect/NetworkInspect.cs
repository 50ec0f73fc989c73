using LabHost.Workspaces.Simulated.Cli.Output;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Templates;
using V = LabHost.Workspaces.Simulated.Templates.TemplateValue;

namespace LabHost.Workspaces.Simulated.Cli.Inspect;

/// <summary>
/// A network as the API returns it (Engine 20.10's NetworkResource, fields in its JSON order).
/// The CLI prints this raw JSON, and templates see the CLI's own struct, which adds EnableIPv4.
/// </summary>
public static class NetworkInspect
{
    public static StructValue Build(DockerDaemon daemon, LabHost.Network.Network network, bool cliStruct)
    {
        var fields = new List<(string, string?, V)>
        {
            ("Name", "Name", V.String(network.Name)),
            ("ID", "Id", V.String(network.Id)),
            ("Created", "Created", V.Time(network.Created)),
            ("Scope", "Scope", V.String(network.Scope)),
            ("Driver", "Driver", V.String(network.NetworkType)),
        };
        if (cliStruct)
        {
            fields.Add(("EnableIPv4", "EnableIPv4", V.Bool(false)));
        }

        fields.AddRange(
        [
            ("EnableIPv6", "EnableIPv6", V.Bool(network.EnableIPv6)),
            ("IPAM", "IPAM", Ipam(network)),
            ("Internal", "Internal", V.Bool(network.Internal)),
            ("Attachable", "Attachable", V.Bool(network.Attachable)),
            ("Ingress", "Ingress", V.Bool(network.Ingress)),
            ("ConfigFrom", "ConfigFrom", V.Struct("network.ConfigReference", ("Network", "Network", V.String("")))),
            ("ConfigOnly", "ConfigOnly", V.Bool(false)),
            ("Containers", "Containers", Containers(daemon, network)),
            ("Options", "Options", V.StringMap(network.Options)),
            ("Labels", "Labels", V.StringMap(network.Labels)),
        ]);
        return V.Struct("network.Inspect", [.. fields]);
    }

    /// <summary>The indented JSON `docker network inspect` prints for one network.</summary>
    public static string Json(DockerDaemon daemon, LabHost.Network.Network network) =>
        JsonIndent.Indent(Build(daemon, network, cliStruct: false).ToJson(escapeHtml: true), 1);

    private static V Ipam(LabHost.Network.Network network)
    {
        var configs = UserConfigs(network, v6: false);
        if (configs.Count == 0)
        {
            // Without a user subnet, inspect shows what IPAM handed out: the pool and its gateway.
            configs = network.IpamInfos.Select(i => IpamConfig(i.Pool, null, i.Gateway?[..i.Gateway.IndexOf('/')], null)).ToList();
        }

        configs.AddRange(UserConfigs(network, v6: true));

        return V.Struct(
            "network.IPAM",
            ("Driver", "Driver", V.String(network.IpamDriver)),
            ("Options", "Options", network.IsPredefined ? V.NilMap("string") : V.StringMap(new Dictionary<string, string>())),
            ("Config", "Config", V.ListOf("network.IPAMConfig", configs)));
    }

    private static List<V> UserConfigs(LabHost.Network.Network network, bool v6) =>
        network.IpamConfigs.Where(c => c.Subnet is not null && c.IsIPv6 == v6)
            .Select(c => IpamConfig(c.Subnet!, c.IpRange, c.Gateway, c.AuxAddresses)).ToList();

    private static V IpamConfig(string subnet, string? range, string? gateway, IReadOnlyDictionary<string, string>? aux) =>
        new StructValue(
            "network.IPAMConfig",
            [
                new StructField("Subnet", "Subnet", V.String(subnet), OmitEmpty: true),
                new StructField("IPRange", "IPRange", V.String(range ?? ""), OmitEmpty: true),
                new StructField("Gateway", "Gateway", V.String(gateway ?? ""), OmitEmpty: true),
                new StructField("AuxAddress", "AuxiliaryAddresses", aux is { Count: > 0 } ? V.StringMap(aux) : V.NilMap("string"), OmitEmpty: true),
            ]);

    private static V Containers(DockerDaemon daemon, LabHost.Network.Network network)
    {
        var entries = network.Endpoints.Select(e =>
        {
            var container = daemon.Containers.FirstOrDefault(c => c.SandboxId == e.SandboxId);
            var key = container?.Id ?? "ep-" + e.Id;
            return new KeyValuePair<string, V>(key, V.Struct(
                "network.EndpointResource",
                ("Name", "Name", V.String(e.Name)),
                ("EndpointID", "EndpointID", V.String(e.Id)),
                ("MacAddress", "MacAddress", V.String(e.MacAddress ?? "")),
                ("IPv4Address", "IPv4Address", V.String(e.Address ?? "")),
                ("IPv6Address", "IPv6Address", V.String(""))));
        });
        return V.MapOf("network.EndpointResource", entries);
    }
}
