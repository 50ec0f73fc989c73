namespace LabHost.Network;

/// <summary>Everything `docker network create` can ask for, after the CLI has parsed it.</summary>
public sealed record NetworkConfig
{
    public required string Name { get; init; }

    public string NetworkType { get; init; } = "bridge";

    /// <summary>--scope; null lets the driver decide.</summary>
    public string? Scope { get; init; }

    public bool Internal { get; init; }

    public bool Attachable { get; init; }

    public bool Ingress { get; init; }

    public bool EnableIPv6 { get; init; }

    public string IpamDriver { get; init; } = "default";

    public IReadOnlyList<IpamConfig> IpamConfigs { get; init; } = [];

    /// <summary>Driver options (-o), in the order given; printed sorted by inspect.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}
