namespace LabHost.Web.Topology;

/// <summary>A network drawn as a horizontal bar: its name, driver, subnet and host device (docker0, br-…).</summary>
public sealed record TopologyNetwork(string Name, string Driver, string? Subnet, string? Device, double X, double Y, double Width, double Height);
