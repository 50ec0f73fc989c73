using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

internal sealed class FakeMachine(INetworkStackView network, string hostname = "vm") : Machine
{
    public override string Hostname => hostname;

    public override string Prompt => "/ # ";

    public override ProgramTable Programs { get; } = BusyboxNetworkApplets.AddTo(new ProgramTable(), BusyboxBuild.DebianBookworm);

    public override SimFileSystem Files { get; } = new();

    public override INetworkStackView Network => network;
}
