using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>The workspace's Linux host: where the learner's terminal starts and docker runs.</summary>
public sealed class HostMachine : Machine
{
    public const string Name = "labhost";

    public HostMachine(SimulatedHost host)
    {
        Network = new NetworkStackView(host.Daemon.Network, () => null);
        Files.Write("/etc/hostname", Name + "\n");
        Files.Write("/etc/hosts", Hosts);
        Files.Write("/etc/resolv.conf", $"nameserver 10.0.2.3\n");
        Files.Write("/etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n");
    }

    /// <summary>The reference host's /etc/hosts (tools/refdocker/start.sh); --network host containers get a copy.</summary>
    public const string Hosts = $"127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n10.0.2.15\t{Name}\n";

    public override string Hostname => Name;

    public override string Prompt => $"root@{Name}:~# ";

    public override ProgramTable Programs { get; } = new();

    public override SimFileSystem Files { get; } = new();

    public override INetworkStackView Network { get; }
}
