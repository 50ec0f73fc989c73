using LabHost.Classes.Gradebook;
using LabHost.Web.Progress;

namespace LabHost.Web.Instructors;

public class ActivityWordsTests
{
    [Theory]
    [InlineData(LearnerEventKinds.HintViewed, "hint 2", "2번째 힌트를 열어 봄", "Opened hint 2")]
    [InlineData(LearnerEventKinds.HintViewed, "text", "본문의 힌트를 펼쳐 봄", "Opened a hint in the text")]
    [InlineData(LearnerEventKinds.SolutionViewed, "button", "해답을 열어 봄", "Opened the solution")]
    [InlineData(LearnerEventKinds.QuizAnswered, "none-driver=c", "퀴즈 none-driver: c 선택", "Quiz none-driver: chose c")]
    [InlineData(LearnerEventKinds.StepCompleted, null, "단계 완료", "Step completed")]
    [InlineData("something-new", "x", "something-new x", "something-new x")]
    public void Describe_Event_InWordsOfEachLanguage(string kind, string? detail, string korean, string english)
    {
        var activity = new ActivityRecord("learner", "lab", "step", kind, null, DateTime.UnixEpoch, detail);

        Assert.Equal((korean, english), (ActivityWords.Describe(activity, InstructorText.Korean), ActivityWords.Describe(activity, InstructorText.English)));
    }
}
