using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Templates;
using V = LabHost.Workspaces.Simulated.Templates.TemplateValue;

namespace LabHost.Workspaces.Simulated.Cli.Inspect;

/// <summary>A container as `docker inspect` shows it: the parts a networking lab reads.</summary>
public static class ContainerInspect
{
    public static StructValue Build(DockerDaemon daemon, Container c)
    {
        var status = c.Status.ToString().ToLowerInvariant();
        return V.Struct(
            "container.InspectResponse",
            ("ID", "Id", V.String(c.Id)),
            ("Created", "Created", V.String(Output.HumanTime.Rfc3339Nano(c.Created))),
            ("Path", "Path", V.String(c.Command.FirstOrDefault() ?? "")),
            ("Args", "Args", V.Strings(c.Command.Skip(1))),
            ("State", "State", V.Struct(
                "container.State",
                ("Status", "Status", V.String(status)),
                ("Running", "Running", V.Bool(c.IsRunning)),
                ("Paused", "Paused", V.Bool(false)),
                ("Restarting", "Restarting", V.Bool(false)),
                ("OOMKilled", "OOMKilled", V.Bool(false)),
                ("Dead", "Dead", V.Bool(false)),
                ("ExitCode", "ExitCode", V.Int(c.ExitCode)),
                ("Error", "Error", V.String("")),
                ("StartedAt", "StartedAt", V.String(c.StartedAt is { } s ? Output.HumanTime.Rfc3339Nano(s) : "0001-01-01T00:00:00Z")),
                ("FinishedAt", "FinishedAt", V.String(c.FinishedAt is { } f ? Output.HumanTime.Rfc3339Nano(f) : "0001-01-01T00:00:00Z")))),
            ("Image", "Image", V.String(c.ImageId)),
            ("Name", "Name", V.String("/" + c.Name)),
            ("RestartCount", "RestartCount", V.Int(0)),
            ("HostConfig", "HostConfig", V.Struct("container.HostConfig", ("NetworkMode", "NetworkMode", V.String(c.NetworkMode)))),
            ("Config", "Config", V.Struct(
                "container.Config",
                ("Hostname", "Hostname", V.String(c.Hostname)),
                ("Tty", "Tty", V.Bool(c.Tty)),
                ("OpenStdin", "OpenStdin", V.Bool(c.OpenStdin)),
                ("Cmd", "Cmd", V.Strings(c.Command)),
                ("Image", "Image", V.String(c.Image)))),
            ("NetworkSettings", "NetworkSettings", NetworkSettings(daemon, c)));
    }

    private static V NetworkSettings(DockerDaemon daemon, Container c)
    {
        var networks = c.Networks.Select(a =>
        {
            var network = daemon.Network.FindNetwork(a.NetworkId ?? a.NetworkName);
            var endpoint = a.EndpointId is { } id ? daemon.Network.EndpointById(id) : null;
            var gateway = endpoint?.IPv4 is not null && network is not null ? LabHost.Network.NetworkController.GatewayAddress(network)?.ToString() : null;
            var aliases = network is { IsUserDefined: true } && network.NetworkType is not ("host" or "null") && a.Aliases.Count > 0
                ? V.Strings([.. a.Aliases]) : V.NilList("string");
            return new KeyValuePair<string, V>(network?.Name ?? a.NetworkName, V.Struct(
                "network.EndpointSettings",
                ("IPAMConfig", "IPAMConfig", a.IPv4Address is { } ip
                    ? V.Pointer(V.Struct("network.EndpointIPAMConfig", ("IPv4Address", "IPv4Address", V.String(ip))))
                    : V.NilPointer("network.EndpointIPAMConfig")),
                ("Links", "Links", V.NilList("string")),
                ("Aliases", "Aliases", aliases),
                ("MacAddress", "MacAddress", V.String(endpoint?.MacAddress ?? "")),
                ("DriverOpts", "DriverOpts", V.NilMap("string")),
                ("GwPriority", "GwPriority", V.Int(0)),
                ("NetworkID", "NetworkID", V.String(network?.Id ?? "")),
                ("EndpointID", "EndpointID", V.String(endpoint?.Id ?? "")),
                ("Gateway", "Gateway", V.String(gateway ?? "")),
                ("IPAddress", "IPAddress", V.String(endpoint?.IPv4?.ToString() ?? "")),
                ("IPPrefixLen", "IPPrefixLen", V.Int(endpoint?.PrefixLength ?? 0)),
                ("IPv6Gateway", "IPv6Gateway", V.String("")),
                ("GlobalIPv6Address", "GlobalIPv6Address", V.String("")),
                ("GlobalIPv6PrefixLen", "GlobalIPv6PrefixLen", V.Int(0)),
                ("DNSNames", "DNSNames", V.NilList("string"))));
        });
        // The top-level address fields describe the endpoint on the default bridge only.
        var bridge = c.Networks.FirstOrDefault(a => daemon.Network.FindNetwork(a.NetworkId ?? a.NetworkName) is { Name: "bridge", IsPredefined: true });
        var endpoint = bridge?.EndpointId is { } id ? daemon.Network.EndpointById(id) : null;
        var gateway = endpoint is null ? "" : LabHost.Network.NetworkController.GatewayAddress(daemon.Network.FindNetwork("bridge")!)?.ToString() ?? "";
        return V.Struct(
            "container.NetworkSettings",
            ("Bridge", "Bridge", V.String("")),
            ("SandboxID", "SandboxID", V.String(c.SandboxId ?? "")),
            ("EndpointID", "EndpointID", V.String(endpoint?.Id ?? "")),
            ("Gateway", "Gateway", V.String(gateway)),
            ("GlobalIPv6Address", "GlobalIPv6Address", V.String("")),
            ("GlobalIPv6PrefixLen", "GlobalIPv6PrefixLen", V.Int(0)),
            ("IPAddress", "IPAddress", V.String(endpoint?.IPv4?.ToString() ?? "")),
            ("IPPrefixLen", "IPPrefixLen", V.Int(endpoint?.PrefixLength ?? 0)),
            ("IPv6Gateway", "IPv6Gateway", V.String("")),
            ("MacAddress", "MacAddress", V.String(endpoint?.MacAddress ?? "")),
            ("Networks", "Networks", V.MapOf("*network.EndpointSettings", networks)));
    }
}
