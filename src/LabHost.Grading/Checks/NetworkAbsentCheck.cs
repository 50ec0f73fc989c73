namespace LabHost.Grading.Checks;

/// <summary>No network has this name.</summary>
public sealed record NetworkAbsentCheck(string Name) : Check
{
    public override string Kind => "network-absent";
}
