namespace LabHost.Grading.Checks;

/// <summary>The workspace's engine is (or, with Active false, is not) a swarm manager.</summary>
public sealed record SwarmActiveCheck(bool Active) : Check
{
    public override string Kind => "swarm-active";
}
