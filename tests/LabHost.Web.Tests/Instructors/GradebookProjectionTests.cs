using System.Text;
using LabHost.Classes.Export;
using LabHost.Classes.Gradebook;
using LabHost.Grading.Scoring;

namespace LabHost.Web.Instructors;

/// <summary>The gradebook projection (statuses, attempts, stuck filter, score) and the grade CSV (BOM, RFC 4180 quoting, Korean).</summary>
public sealed class GradebookProjectionTests
{
    private static readonly DateTime T0 = new(2026, 11, 29, 9, 0, 0, DateTimeKind.Utc);
    private static readonly GradebookExercise Lab = new(1, "lab", "Lab", ["a", "b", "c"], T0.AddDays(1), new ScoringPolicy());
    private static readonly GradebookLearner Kim = new("learner-kim-0001", "김민수", "2026001");
    private static readonly GradebookLearner Lee = new("learner-lee-0002", "Lee, \"Jay\"", null);

    private static IReadOnlyList<GradebookRow> Build() => GradebookProjection.Build(
        [Lab],
        [Kim, Lee],
        [
            new StepRecord(Kim.LearnerId, "lab", "a", T0.AddMinutes(5), 1, false),
            new StepRecord(Kim.LearnerId, "lab", "b", T0.AddMinutes(9), 0, true),
        ],
        [
            new ActivityRecord(Kim.LearnerId, "lab", "a", ActivityKinds.CheckAttempt, false, T0.AddMinutes(1)),
            new ActivityRecord(Kim.LearnerId, "lab", "a", ActivityKinds.CheckAttempt, true, T0.AddMinutes(5)),
            new ActivityRecord(Kim.LearnerId, "lab", "a", ActivityKinds.StepCompleted, true, T0.AddMinutes(5)),
            new ActivityRecord(Kim.LearnerId, "lab", "b", ActivityKinds.SolutionViewed, null, T0.AddMinutes(7)),
            new ActivityRecord(Kim.LearnerId, "lab", "b", ActivityKinds.StepCompleted, true, T0.AddMinutes(9)),
            new ActivityRecord(Lee.LearnerId, "other-lab", "x", ActivityKinds.CheckAttempt, false, T0),
        ]);

    [Fact]
    public void Build_TwoStepsDone_StatusesAttemptsAndScore()
    {
        var kim = Build().Single(r => r.Learner == Kim);

        Assert.Equal([StepStatus.Done, StepStatus.Done, StepStatus.Current], kim.Cells.Select(c => c.Status));
        Assert.Equal(2, kim.Cells[0].Attempts);
        Assert.Equal(T0.AddMinutes(5), kim.Cells[0].FirstPassAt);
        Assert.Equal(1, kim.Cells[0].Hints);
        Assert.True(kim.Cells[1].SolutionUsed);
        Assert.Equal((20.0, 5.0, 15.0, 30.0), (kim.Score.Raw, kim.Score.Penalties, kim.Score.Score, kim.Score.Max));
        Assert.Equal(("c", T0.AddMinutes(9)), (kim.CurrentStepId, kim.CurrentStepSince));
    }

    [Fact]
    public void Build_NoActivityInTheLab_NotStartedAndNeverStuck()
    {
        var lee = Build().Single(r => r.Learner == Lee);

        Assert.Null(lee.CurrentStepSince);
        Assert.False(lee.IsStuck(T0.AddHours(5), TimeSpan.Zero));
        Assert.Equal(0, lee.Score.Score);
    }

    [Theory]
    [InlineData(20, 10, true)]
    [InlineData(20, 21, false)]
    [InlineData(5, 10, false)]
    public void Query_StuckMinutes_KeepsOnlyLearnersLongerOnTheirStep(int minutesAfterLastPass, int stuckMinutes, bool kept)
    {
        var now = T0.AddMinutes(9 + minutesAfterLastPass);
        var rows = new GradebookQuery(StuckMinutes: stuckMinutes).Apply(Build(), now);

        Assert.Equal(kept, rows.Any(r => r.Learner == Kim));
        Assert.DoesNotContain(rows, r => r.Learner == Lee);
    }

    [Fact]
    public void Query_SortByScoreDescending_HighestFirst()
    {
        var rows = new GradebookQuery(Sort: GradebookSort.Score, Descending: true).Apply(Build(), T0);

        Assert.Equal([Kim, Lee], rows.Select(r => r.Learner));
    }

    [Fact]
    public void Query_Search_MatchesNameOrStudentId()
    {
        Assert.Equal([Kim], new GradebookQuery(Search: "2026001").Apply(Build(), T0).Select(r => r.Learner));
        Assert.Equal([Kim], new GradebookQuery(Search: "민수").Apply(Build(), T0).Select(r => r.Learner));
    }

    [Fact]
    public void GradeCsv_KoreanAndQuotes_BomRfc4180AndOneRowPerLearnerExercise()
    {
        var bytes = GradeCsv.Write(new GradebookQuery().Apply(Build(), T0));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("student_id,name,exercise,due_date,completed_at,raw_score,penalties,score,max_score", lines[0]);
        Assert.Equal("learner-,\"Lee, \"\"Jay\"\"\",lab,2026-11-30T09:00:00Z,,0,0,0,30", lines[1]);
        Assert.Equal("2026001,김민수,lab,2026-11-30T09:00:00Z,,20,5,15,30", lines[2]);
        Assert.Equal("", lines[3]);
    }
}
