using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Programs.Busybox;

namespace LabHost.Workspaces.Simulated.Programs;

/// <summary>The network tools on every simulated machine.</summary>
public static class NetworkPrograms
{
    /// <summary>The host: busybox's applets, but `ip` speaks iproute2 as on a Debian host.</summary>
    public static void AddHost(ProgramTable table)
    {
        BusyboxNetworkApplets.AddTo(table);
        table.Add("ip", new IpApplet(IpDialect.Iproute2, BusyboxBuild.Default));
    }

    /// <summary>A container: the busybox applets of the reference image.</summary>
    public static void AddContainer(ProgramTable table) => BusyboxNetworkApplets.AddTo(table);
}
