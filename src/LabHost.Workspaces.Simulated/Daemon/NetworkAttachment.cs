namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>A container's wish to be on a network (EndpointSettings as the API stores them).</summary>
public sealed class NetworkAttachment
{
    public required string NetworkId { get; set; }

    public string? IPv4Address { get; set; }

    public List<string> Aliases { get; set; } = [];

    /// <summary>The endpoint while the container runs.</summary>
    public string? EndpointId { get; set; }
}
