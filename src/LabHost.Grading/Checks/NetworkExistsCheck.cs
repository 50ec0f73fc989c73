using System.Collections.Immutable;
using System.Net;

namespace LabHost.Grading.Checks;

/// <summary>A network with this name exists and has every property given.</summary>
public sealed record NetworkExistsCheck(string Name) : Check
{
    public override string Kind => "network-exists";

    public string? Driver { get; init; }

    public string? Scope { get; init; }

    public IPNetwork? Subnet { get; init; }

    public IPNetwork? IpRange { get; init; }

    public IPAddress? Gateway { get; init; }

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public bool? Attachable { get; init; }

    public bool? Internal { get; init; }
}
