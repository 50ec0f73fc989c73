using LabHost.Grading.Scoring;

namespace LabHost.Classes.Data;

/// <summary>A lab assigned to a class, with an optional due date (UTC) and its scoring policy in plain columns.</summary>
public sealed class Exercise
{
    public int Id { get; set; }

    public required string ClassroomId { get; set; }

    public required string LabId { get; set; }

    public DateTime? DueAt { get; set; }

    public double PointsPerStep { get; set; } = 10;

    public double SolutionViewedKeeps { get; set; } = 0.5;

    public LateRule LateRule { get; set; } = LateRule.Accept;

    public double LatePenaltyPerDay { get; set; }

    public double LateMaxPenalty { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public ScoringPolicy Policy => new()
    {
        PointsPerStep = PointsPerStep,
        SolutionViewedKeeps = SolutionViewedKeeps,
        Late = new LatePolicy(LateRule, LatePenaltyPerDay, LateMaxPenalty),
    };
}
