namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>A container's wish to be on a network (EndpointSettings as the API stores them).</summary>
public sealed class NetworkAttachment
{
    /// <summary>The network as the user named it; resolved when the container starts.</summary>
    public required string NetworkName { get; set; }

    /// <summary>The network's id once resolved.</summary>
    public string? NetworkId { get; set; }

    public string? IPv4Address { get; set; }

    public List<string> Aliases { get; set; } = [];

    /// <summary>The endpoint while the container runs.</summary>
    public string? EndpointId { get; set; }
}
