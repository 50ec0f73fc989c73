namespace LabHost.Web.Progress;

/// <summary>The kinds of <see cref="LearnerEvent"/>, declared once.</summary>
public static class LearnerEventKinds
{
    public const string CheckAttempt = "check-attempt";
    public const string CheckPassed = "check-passed";
    public const string StepCompleted = "step-completed";
    public const string HintViewed = "hint-viewed";
    public const string SolutionViewed = "solution-viewed";
    public const string QuizAnswered = "quiz-answered";
    public const string WorkspaceReset = "workspace-reset";
    public const string Command = "command";
}
