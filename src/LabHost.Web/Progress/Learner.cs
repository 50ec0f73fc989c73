namespace LabHost.Web.Progress;

/// <summary>An anonymous learner, known by the id in their cookie; the display name is optional.</summary>
public sealed class Learner
{
    public required string Id { get; set; }

    public string? DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }
}
