namespace LabHost.Grading.Scoring;

/// <summary>
/// What a step completed after the due date is worth: everything (Accept), nothing (Zero), or
/// less by PenaltyPerDay for each started day late, never more than MaxPenalty (Penalty).
/// </summary>
public sealed record LatePolicy(LateRule Rule, double PenaltyPerDay = 0, double MaxPenalty = 1)
{
    public static LatePolicy Accept { get; } = new(LateRule.Accept);

    public static LatePolicy Zero { get; } = new(LateRule.Zero);

    public static LatePolicy Penalty(double perDay, double max = 1) => new(LateRule.Penalty, perDay, max);

    /// <summary>The fraction of its points a step completed at <paramref name="completed"/> loses.</summary>
    public double FractionLost(DateTimeOffset completed, DateTimeOffset? due)
    {
        if (due is not { } deadline || completed <= deadline)
        {
            return 0;
        }

        var daysLate = Math.Ceiling((completed - deadline).TotalDays);
        return Rule switch
        {
            LateRule.Zero => 1,
            LateRule.Penalty => Math.Clamp(daysLate * PenaltyPerDay, 0, Math.Clamp(MaxPenalty, 0, 1)),
            _ => 0,
        };
    }
}

public enum LateRule
{
    Accept,
    Penalty,
    Zero,
}
