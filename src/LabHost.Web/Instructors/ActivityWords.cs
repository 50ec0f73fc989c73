using System.Globalization;
using LabHost.Classes.Gradebook;
using LabHost.Web.Progress;

namespace LabHost.Web.Instructors;

/// <summary>
/// A learner event of the gradebook's drill-down in words (commands and check attempts have views
/// of their own). The details are what <c>LabRun</c> records: "hint N" or "text" for a hint,
/// "quizId=answer" for a quiz.
/// </summary>
public static class ActivityWords
{
    public static string Describe(ActivityRecord activity, InstructorText text) => (activity.Kind, activity.Detail) switch
    {
        (LearnerEventKinds.HintViewed, "text") => text.TextHintOpened,
        (LearnerEventKinds.HintViewed, { } detail) when detail.StartsWith("hint ", StringComparison.Ordinal) => Format(text.HintOpened, detail["hint ".Length..]),
        (LearnerEventKinds.SolutionViewed, _) => text.SolutionOpened,
        (LearnerEventKinds.StepCompleted, _) => text.StepCompleted,
        (LearnerEventKinds.CheckPassed, _) => text.CheckPassed,
        (LearnerEventKinds.WorkspaceReset, _) => text.WorkspaceReset,
        (LearnerEventKinds.QuizAnswered, { } detail) when detail.Split('=', 2) is [var quiz, var answer] => Format(text.QuizAnswered, quiz, answer),
        (var kind, null) => kind,
        (var kind, var detail) => $"{kind} {detail}",
    };

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
