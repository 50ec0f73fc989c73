namespace LabHost.Web.Progress;

/// <summary>
/// Something a learner did, with its time: a check attempt and its result, a step completed, a
/// hint or a solution viewed, a quiz answered, a workspace reset. The gradebook reads these.
/// </summary>
public sealed class LearnerEvent
{
    public long Id { get; set; }

    public required string LearnerId { get; set; }

    public required string LabId { get; set; }

    public string? StepId { get; set; }

    public required string Kind { get; set; }

    public bool? Passed { get; set; }

    public string? Detail { get; set; }

    public DateTime At { get; set; }
}
