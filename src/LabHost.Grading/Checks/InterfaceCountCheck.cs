namespace LabHost.Grading.Checks;

/// <summary>The container has this many interfaces besides lo.</summary>
public sealed record InterfaceCountCheck(string Container, int Count) : Check
{
    public override string Kind => "interface-count";
}
