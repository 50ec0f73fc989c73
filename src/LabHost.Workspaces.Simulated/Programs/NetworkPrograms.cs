using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs;

/// <summary>The network tools: busybox applets in containers, iproute2-style on the host.</summary>
public static class NetworkPrograms
{
    public static void AddHost(ProgramTable table)
    {
    }

    public static void AddContainer(ProgramTable table)
    {
    }
}
