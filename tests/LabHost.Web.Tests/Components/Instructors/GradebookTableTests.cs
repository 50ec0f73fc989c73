using Bunit;
using LabHost.Classes.Gradebook;
using LabHost.Grading.Scoring;
using LabHost.Web.Instructors;

namespace LabHost.Web.Components.Instructors;

public sealed class GradebookTableTests : BunitContext
{
    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, string> KoreanTitles = new()
    {
        ["list-networks"] = "네트워크 목록 보기",
        ["create-user-network"] = "사용자 네트워크 만들기",
        ["run-explorer"] = "탐색 컨테이너 실행",
    };

    [Theory]
    [InlineData("ko", "단계")]
    [InlineData("en", "Steps")]
    public void Render_LastHeader_SaysSteps(string language, string header)
    {
        var table = RenderTable(language == "ko" ? InstructorText.Korean : InstructorText.English);

        Assert.Equal(header, table.FindAll("thead th")[^1].TextContent);
    }

    [Fact]
    public void Render_StepCell_NamesLearnerStepNumberTitleAndStatus()
    {
        var table = RenderTable(InstructorText.Korean);

        var cell = table.Find("tr[data-learner='2026001'][data-exercise='docker-networking'] button[data-step='create-user-network']");
        Assert.Equal("김민수, 2단계 사용자 네트워크 만들기: 완료, 해답 봄", cell.GetAttribute("aria-label"));
        Assert.StartsWith("2단계 사용자 네트워크 만들기\n", cell.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("Done", cell.GetAttribute("data-status"));
        Assert.Equal("2✔S", cell.TextContent.Trim());
        Assert.Equal("45분", table.Find(".on-step").TextContent.Trim());
    }

    [Fact]
    public void Render_StepCellInEnglish_NamesTheStep()
    {
        var table = RenderTable(InstructorText.English, titles: new() { ["run-explorer"] = "Run the explorer" });

        Assert.Equal("김민수, step 3 Run the explorer: in progress", table.Find("button[data-step='run-explorer']").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_OnTheStepLongerThanTheFilter_MarksTheRowStuck()
    {
        var stuck = RenderTable(InstructorText.English, stuckMinutes: 30);
        var notYet = RenderTable(InstructorText.English, stuckMinutes: 60);

        Assert.Contains("stuck", stuck.Find("tbody tr").ClassList);
        Assert.Contains("stuck", stuck.Find("tbody tr .stuck-badge").TextContent, StringComparison.Ordinal);
        Assert.Empty(notYet.FindAll("tbody tr.stuck"));
        Assert.Equal("45 min", notYet.Find("tbody tr .on-step").TextContent.Trim());
    }

    [Fact]
    public void Click_AStepCell_DrillsIntoThatCell()
    {
        (GradebookRow Row, GradebookCell Cell)? drilled = null;
        var table = RenderTable(InstructorText.English, onDrill: target => drilled = target);

        table.Find("button[data-step='run-explorer']").Click();

        Assert.Equal("run-explorer", drilled?.Cell.StepId);
    }

    [Fact]
    public void Render_SelectedCell_IsPressed()
    {
        var table = RenderTable(InstructorText.English, selected: ("learner-1", 1, "run-explorer"));

        Assert.Equal(["false", "false", "true"], table.FindAll("button.cell").Select(b => b.GetAttribute("aria-pressed")));
    }

    private IRenderedComponent<GradebookTable> RenderTable(
        InstructorText text, int? stuckMinutes = null, Dictionary<string, string>? titles = null, Action<(GradebookRow, GradebookCell)>? onDrill = null,
        (string, int, string)? selected = null)
    {
        var steps = new[] { "list-networks", "create-user-network", "run-explorer" };
        var exercise = new GradebookExercise(1, "docker-networking", "도커 컨테이너 네트워킹", steps, null, new ScoringPolicy());
        var cells = new List<GradebookCell>
        {
            new("list-networks", StepStatus.Done, 1, Now.AddHours(-1), 0, false),
            new("create-user-network", StepStatus.Done, 3, Now.AddMinutes(-45), 1, true),
            new("run-explorer", StepStatus.Current, 0, null, 0, false),
        };
        var row = new GradebookRow(
            new GradebookLearner("learner-1", "김민수", "2026001"), exercise, cells,
            new ExerciseScore(15, 0, 15, 30, null, []), "run-explorer", Now.AddMinutes(-45), Now.AddMinutes(-2));
        var stepTitles = titles ?? KoreanTitles;
        return Render<GradebookTable>(p => p
            .Add(c => c.Rows, [row])
            .Add(c => c.Now, Now)
            .Add(c => c.StuckMinutes, stuckMinutes)
            .Add(c => c.StepTitle, (_, stepId) => stepTitles.GetValueOrDefault(stepId, stepId))
            .Add(c => c.Text, text)
            .Add(c => c.OnDrill, onDrill ?? (_ => { }))
            .Add(c => c.Selected, selected));
    }
}
