namespace LabHost.Classes.Data;

/// <summary>A learner (their anonymous learner cookie's id) in a class, under the name and student number they gave.</summary>
public sealed class ClassMember
{
    public required string ClassroomId { get; set; }

    public required string LearnerId { get; set; }

    public required string Name { get; set; }

    public string? StudentNumber { get; set; }

    public DateTime JoinedAt { get; set; }
}
