using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Programs.Net;

namespace LabHost.Workspaces.Simulated.Programs;

/// <summary>The network tools on every simulated machine.</summary>
public static class NetworkPrograms
{
    public static void AddHost(ProgramTable table) => AddContainer(table);

    public static void AddContainer(ProgramTable table)
    {
        table.Add("ip", new IpApplet()).Add("ping", new PingApplet());
    }
}
