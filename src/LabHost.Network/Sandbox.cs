namespace LabHost.Network;

/// <summary>
/// A sandbox (CNM): one container's network stack. Interface names follow connection order and
/// are never reused while the sandbox lives (Docker's osl keeps a per-prefix counter).
/// </summary>
public sealed class Sandbox
{
    public required string Id { get; set; }

    public required string ContainerId { get; set; }

    /// <summary>The next N for ethN.</summary>
    public int NextInterfaceNumber { get; set; }

    /// <summary>Endpoint ids in the order they joined.</summary>
    public List<string> EndpointIds { get; set; } = [];

    /// <summary>True when the container shares the host's stack (--network host).</summary>
    public bool UsesHostStack { get; set; }
}
