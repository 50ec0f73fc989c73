using Bunit;
using LabHost.Classes.Gradebook;
using LabHost.Labs.Model;
using LabHost.Web.Progress;

namespace LabHost.Web.Components.Instructors;

public sealed class StepActivityTests : BunitContext
{
    private static readonly DateTime At = new(2026, 11, 29, 9, 5, 7, DateTimeKind.Utc);

    [Fact]
    public void Render_Events_CommandsAsTypedChecksWithResultsTheRestInWords()
    {
        var detail = new AttemptDetail("check", [new AttemptCheck("network-exists", false, "user-network 네트워크가 없습니다.", "There is no network user-network.")]).Serialize();
        IReadOnlyList<ActivityRecord> activity =
        [
            new("learner", "lab", "step", LearnerEventKinds.Command, null, At, "docker network ls"),
            new("learner", "lab", "step", LearnerEventKinds.CheckAttempt, false, At, detail),
            new("learner", "lab", "step", LearnerEventKinds.HintViewed, null, At, "hint 1"),
            new("learner", "lab", "step", LearnerEventKinds.SolutionViewed, null, At, "button"),
        ];

        var drill = Render<StepActivity>(p => p
            .Add(c => c.Heading, "김민수 · 2단계 사용자 네트워크 만들기")
            .Add(c => c.Activity, activity)
            .Add(c => c.Language, LabLanguage.Ko));

        var items = drill.FindAll(".events > li");
        Assert.Equal("$ docker network ls", items[0].QuerySelector("code")!.TextContent);
        Assert.Contains("user-network 네트워크가 없습니다.", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["1번째 힌트를 열어 봄", "해답을 열어 봄"], items.Skip(2).Select(li => li.QuerySelector("span")!.TextContent));
        Assert.All(items, li => Assert.Equal("2026-11-29T09:05:07Z", li.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal("시각은 모두 UTC입니다.", drill.Find(".help").TextContent);
    }
}
