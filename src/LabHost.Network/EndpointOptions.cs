using System.Net;

namespace LabHost.Network;

/// <summary>What a container asks of its endpoint on one network (--ip, --alias, --network-alias).</summary>
public sealed record EndpointOptions
{
    public IPAddress? PreferredAddress { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];
}
