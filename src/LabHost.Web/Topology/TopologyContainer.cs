namespace LabHost.Web.Topology;

/// <summary>A container drawn as a box above the networks; stopped ones are drawn dashed, without interfaces.</summary>
public sealed record TopologyContainer(string Name, string Image, bool Running, double X, double Y, double Width, double Height);
