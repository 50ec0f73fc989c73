namespace LabHost.Grading.Scoring;

public sealed class ScoreCalculatorTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 23, 59, 0, TimeSpan.FromHours(9));
    private static readonly string[] Steps = ["a", "b", "c"];

    [Fact]
    public void Score_AllStepsOnTime_FullMarksAndCompletionTimeIsTheLastStep()
    {
        var score = ScoreCalculator.Score(Steps, [Done("a", -3), Done("b", -2), Done("c", -1)], new ScoringPolicy(), Due);

        Assert.Equal((30.0, 0.0, 30.0, 30.0), (score.Raw, score.Penalties, score.Score, score.Max));
        Assert.Equal(Due.AddHours(-1), score.CompletedAt);
    }

    [Fact]
    public void Score_StepMissing_NoCompletionTimeAndNoPointsForIt()
    {
        var score = ScoreCalculator.Score(Steps, [Done("a", -3), Done("b", -2)], new ScoringPolicy(), Due);

        Assert.Equal((20.0, 20.0, 30.0), (score.Raw, score.Score, score.Max));
        Assert.Null(score.CompletedAt);
    }

    [Fact]
    public void Score_SolutionViewedBeforeCompletion_KeepsTheConfiguredFraction()
    {
        var outcome = Done("a", -3) with { SolutionViewedAt = Due.AddHours(-4) };

        var score = ScoreCalculator.Score(["a"], [outcome], new ScoringPolicy { SolutionViewedKeeps = 0.25 }, Due);

        Assert.Equal((10.0, 7.5, 2.5), (score.Raw, score.Penalties, score.Score));
    }

    [Fact]
    public void Score_SolutionViewedAtTheMomentOfCompletion_CountsAsHelp()
    {
        var outcome = Done("a", -3) with { SolutionViewedAt = Due.AddHours(-3) };

        var score = ScoreCalculator.Score(["a"], [outcome], new ScoringPolicy(), Due);

        Assert.Equal(5.0, score.Score);
    }

    [Fact]
    public void Score_SolutionViewedAfterCompletion_CostsNothing()
    {
        var outcome = Done("a", -3) with { SolutionViewedAt = Due.AddHours(-2) };

        var score = ScoreCalculator.Score(["a"], [outcome], new ScoringPolicy(), Due);

        Assert.Equal((10.0, 0.0), (score.Score, score.Penalties));
    }

    [Fact]
    public void Score_CompletedExactlyAtTheDueTime_IsNotLate()
    {
        var score = ScoreCalculator.Score(["a"], [new StepOutcome("a", Due)], new ScoringPolicy { Late = LatePolicy.Zero }, Due);

        Assert.Equal(10.0, score.Score);
    }

    [Fact]
    public void Score_OneSecondLate_CountsAsAWholeDay()
    {
        var outcome = new StepOutcome("a", Due.AddSeconds(1));

        var score = ScoreCalculator.Score(["a"], [outcome], new ScoringPolicy { Late = LatePolicy.Penalty(0.1) }, Due);

        Assert.Equal((10.0, 1.0, 9.0), (score.Raw, score.Penalties, score.Score));
    }

    [Fact]
    public void Score_LatePenalty_StopsAtItsMaximum()
    {
        var outcome = new StepOutcome("a", Due.AddDays(9.5));

        var score = ScoreCalculator.Score(["a"], [outcome], new ScoringPolicy { Late = LatePolicy.Penalty(0.1, max: 0.3) }, Due);

        Assert.Equal(7.0, score.Score);
    }

    [Fact]
    public void Score_LateZeroRule_LateStepsScoreNothingButOnTimeOnesCount()
    {
        var score = ScoreCalculator.Score(Steps, [Done("a", -1), Done("b", 1), Done("c", 30)], new ScoringPolicy { Late = LatePolicy.Zero }, Due);

        Assert.Equal((30.0, 20.0, 10.0), (score.Raw, score.Penalties, score.Score));
        Assert.Equal(Due.AddHours(30), score.CompletedAt);
    }

    [Fact]
    public void Score_LateAndSolution_LatenessTakesFromWhatTheSolutionLeft()
    {
        var outcome = Done("a", 24) with { SolutionViewedAt = Due };

        var score = ScoreCalculator.Score(["a"], [outcome], new ScoringPolicy { Late = LatePolicy.Penalty(0.5) }, Due);

        Assert.Equal((5.0, 2.5), (score.Steps[0].SolutionPenalty, score.Steps[0].LatePenalty));
        Assert.Equal(2.5, score.Score);
    }

    [Fact]
    public void Score_NoDueDate_NothingIsLate()
    {
        var score = ScoreCalculator.Score(["a"], [Done("a", 10_000)], new ScoringPolicy { Late = LatePolicy.Zero }, due: null);

        Assert.Equal(10.0, score.Score);
    }

    [Fact]
    public void Score_StepPointsOverride_ChangesMaxAndRaw()
    {
        var policy = new ScoringPolicy { StepPoints = new Dictionary<string, double> { ["c"] = 40 } };

        var score = ScoreCalculator.Score(Steps, [Done("c", -1)], policy, Due);

        Assert.Equal((40.0, 60.0), (score.Raw, score.Max));
    }

    [Fact]
    public void Score_OutcomeForAStepNotInTheLab_IsIgnored()
    {
        var score = ScoreCalculator.Score(["a"], [Done("zzz", -1)], new ScoringPolicy(), Due);

        Assert.Equal((0.0, 10.0), (score.Score, score.Max));
    }

    private static StepOutcome Done(string step, double hoursFromDue) => new(step, Due.AddHours(hoursFromDue));
}
