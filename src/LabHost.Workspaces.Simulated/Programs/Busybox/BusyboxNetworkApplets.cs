using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>Registers busybox's network applets on a machine's program table.</summary>
public static class BusyboxNetworkApplets
{
    public static ProgramTable AddTo(ProgramTable table) => AddTo(table, BusyboxBuild.Default);

    public static ProgramTable AddTo(ProgramTable table, BusyboxBuild build) =>
        table
            .Add("ip", new IpApplet(IpDialect.Busybox, build))
            .Add("ifconfig", new IfconfigApplet(build))
            .Add("ping", new PingApplet(build))
            .Add("nslookup", new NslookupApplet(build))
            .Add("hostname", new HostnameApplet(build))
            .Add("route", new RouteApplet(build));
}
