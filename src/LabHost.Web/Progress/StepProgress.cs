namespace LabHost.Web.Progress;

/// <summary>
/// One step of one learner's lab: where its commands begin (for `since: step` checks, counted in
/// recorded commands) and when it was completed.
/// </summary>
public sealed class StepProgress
{
    public required string LearnerId { get; set; }

    public required string LabId { get; set; }

    public required string StepId { get; set; }

    public int FirstCommand { get; set; }

    public DateTime? CompletedAt { get; set; }

    public bool SolutionViewed { get; set; }

    public int HintsViewed { get; set; }
}
