namespace LabHost.Grading.Checks;

/// <summary>A container with this name exists (from this image; running, when asked).</summary>
public sealed record ContainerExistsCheck(string Name) : Check
{
    public override string Kind => "container-exists";

    public string? Image { get; init; }

    public bool? Running { get; init; }
}
