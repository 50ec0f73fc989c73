using LabHost.Network;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>
/// A running container as a machine: busybox programs, an Alpine-like file system whose
/// /etc/hosts and /etc/resolv.conf follow the container's networks, and its sandbox's stack.
/// </summary>
public sealed class ContainerMachine : Machine
{
    private readonly Container container;
    private readonly NetworkController network;

    public ContainerMachine(Container container, NetworkController network, ProgramTable programs)
    {
        this.container = container;
        this.network = network;
        Programs = programs;
        Network = new NetworkStackView(network, Sandbox);
        Files.Write("/etc/hostname", container.Hostname + "\n");
        Files.Write("/etc/os-release", OsRelease);
        Files.Computed("/etc/hosts", Hosts);
        Files.Computed("/etc/resolv.conf", ResolvConf);
    }

    public override string Hostname => container.Hostname;

    public override string Prompt => "/ # ";

    public override ProgramTable Programs { get; }

    public override SimFileSystem Files { get; } = new();

    public override INetworkStackView Network { get; }

    private const string OsRelease =
        "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME=\"Alpine Linux v3.20\"\n" +
        "HOME_URL=\"https://alpinelinux.org/\"\nBUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"\n";

    private Sandbox? Sandbox() => container.SandboxId is { } id ? network.Sandboxes.FirstOrDefault(s => s.Id == id) : null;

    private string Hosts()
    {
        if (Sandbox() is { UsesHostStack: true })
        {
            return HostMachine.Hosts;
        }

        var text = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n" +
            "ff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n";
        // Legacy links come first: the target's default-bridge address under alias, hostname and name.
        foreach (var link in container.Links)
        {
            var target = network.SandboxOf(link.TargetId) is { } targetBox
                ? network.EndpointsOf(targetBox).FirstOrDefault(e => network.NetworkById(e.NetworkId) is { Name: "bridge", IsPredefined: true })?.IPv4
                : null;
            if (target is not null)
            {
                text += $"{target}\t{string.Join(' ', new[] { link.Alias, link.TargetHostname, link.TargetName }.Distinct())}\n";
            }
        }

        // Docker adds a line for each network the container joins and drops it when it leaves.
        if (Sandbox() is { UsesHostStack: false } box)
        {
            foreach (var address in network.EndpointsOf(box).Select(e => e.IPv4).OfType<System.Net.IPAddress>())
            {
                text += $"{address}\t{container.Hostname}\n";
            }
        }

        return text;
    }

    private string ResolvConf()
    {
        var box = Sandbox();
        return box is not null && !box.UsesHostStack && network.UsesEmbeddedDns(box)
            ? "nameserver 127.0.0.11\noptions ndots:0\n"
            : "nameserver 10.0.2.3\n";
    }
}
