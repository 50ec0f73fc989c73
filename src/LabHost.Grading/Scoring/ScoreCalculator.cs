namespace LabHost.Grading.Scoring;

/// <summary>Scores an exercise from its steps' outcomes under a policy. Pure and safe for concurrent use.</summary>
public static class ScoreCalculator
{
    public static ExerciseScore Score(IReadOnlyList<string> stepIds, IEnumerable<StepOutcome> outcomes, ScoringPolicy policy, DateTimeOffset? due)
    {
        var byStep = outcomes.GroupBy(o => o.StepId).ToDictionary(g => g.Key, g => g.Last());
        var steps = stepIds.Select(id => ScoreStep(id, byStep.GetValueOrDefault(id), policy, due)).ToList();
        var raw = steps.Sum(s => s.Earned + s.SolutionPenalty + s.LatePenalty);
        var penalties = steps.Sum(s => s.SolutionPenalty + s.LatePenalty);
        var allDone = stepIds.Count > 0 && stepIds.All(id => byStep.GetValueOrDefault(id)?.CompletedAt is not null);
        var completedAt = allDone ? stepIds.Max(id => byStep[id].CompletedAt) : null;
        return new ExerciseScore(Round(raw), Round(penalties), Round(raw - penalties), Round(steps.Sum(s => s.Points)), completedAt, steps);
    }

    private static StepScore ScoreStep(string id, StepOutcome? outcome, ScoringPolicy policy, DateTimeOffset? due)
    {
        var points = policy.PointsFor(id);
        if (outcome?.CompletedAt is not { } completed)
        {
            return new StepScore(id, points, 0, 0, 0);
        }

        // A solution seen before (or at) completion helped; one opened afterwards did not.
        var helped = outcome.SolutionViewedAt is { } viewed && viewed <= completed;
        var solutionPenalty = helped ? points * (1 - Math.Clamp(policy.SolutionViewedKeeps, 0, 1)) : 0;
        var latePenalty = (points - solutionPenalty) * policy.Late.FractionLost(completed, due);
        return new StepScore(id, points, points - solutionPenalty - latePenalty, solutionPenalty, latePenalty);
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
