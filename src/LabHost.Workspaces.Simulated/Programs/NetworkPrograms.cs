using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Programs.Busybox;

namespace LabHost.Workspaces.Simulated.Programs;

/// <summary>The network tools on every simulated machine.</summary>
public static class NetworkPrograms
{
    /// <summary>The Debian host: iproute2's `ip`, and a ping (busybox's, pending an iputils one).</summary>
    public static void AddHost(ProgramTable table) =>
        table.Add("ip", new IpApplet(IpDialect.Iproute2, BusyboxBuild.Default)).Add("ping", new PingApplet());

    /// <summary>A container: the busybox applets of the reference image.</summary>
    public static void AddContainer(ProgramTable table) => BusyboxNetworkApplets.AddTo(table);
}
