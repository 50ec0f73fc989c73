namespace LabHost.Web.Progress;

/// <summary>A learner's latest answer to one quiz of a lab (every answer is also a <see cref="LearnerEvent"/>).</summary>
public sealed class QuizAnswer
{
    public required string LearnerId { get; set; }

    public required string LabId { get; set; }

    public required string QuizId { get; set; }

    public required string Answer { get; set; }

    public DateTime AnsweredAt { get; set; }
}
