using System.Net;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Programs.Core;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>A container-like machine with the core programs and a few files.</summary>
internal sealed class TestMachine : Machine
{
    public TestMachine(ShellDialect dialect = ShellDialect.Ash)
    {
        CorePrograms.AddTo(Programs, dialect);
        Files.Write("/etc/hostname", "web\n");
        Files.Write("/etc/hosts", "127.0.0.1\tlocalhost\n172.18.0.2\tweb\n");
        Files.Write("/tmp/fruits.txt", "banana\napple\ncherry\napple\n");
        Files.Write("/root/.profile", "");
    }

    public override string Hostname => "web";

    public override string Prompt => "/ # ";

    public override ProgramTable Programs { get; } = new();

    public override SimFileSystem Files { get; } = new();

    public override INetworkStackView Network { get; } = new NoNetwork();

    public static ShellInterpreter Interpreter(ShellDialect dialect = ShellDialect.Ash, TestMachine? machine = null) =>
        new(machine ?? new TestMachine(dialect), ShellState.Create(dialect, "web"), clock: new SimulatedClock());

    private sealed class NoNetwork : INetworkStackView
    {
        public IReadOnlyList<LinkInfo> Links => [];

        public IReadOnlyList<RouteInfo> Routes => [];

        public IReadOnlyList<IPAddress> Nameservers => [];

        public IPAddress? Resolve(string name) => null;

        public ProbeResult Probe(IPAddress destination) => ProbeResult.NetworkUnreachable;
    }
}
