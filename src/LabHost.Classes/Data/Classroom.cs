namespace LabHost.Classes.Data;

/// <summary>A class an instructor runs; students join it with <see cref="JoinCode"/>.</summary>
public sealed class Classroom
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string JoinCode { get; set; }

    public required string OwnerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<Exercise> Exercises { get; set; } = [];

    public List<ClassMember> Members { get; set; } = [];
}
