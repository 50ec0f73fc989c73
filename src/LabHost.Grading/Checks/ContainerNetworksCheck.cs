using System.Collections.Immutable;

namespace LabHost.Grading.Checks;

/// <summary>The container is attached to every listed network (and no other, when Exactly).</summary>
public sealed record ContainerNetworksCheck(string Container, ImmutableArray<string> Networks) : Check
{
    public override string Kind => "container-networks";

    public bool Exactly { get; init; }
}
