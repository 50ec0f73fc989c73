namespace LabHost.Web.Progress;

/// <summary>What was saved of one learner's lab: the workspace bytes (null before the first save), steps and quiz answers.</summary>
public sealed record SavedLab(byte[]? WorkspaceState, IReadOnlyList<StepProgress> Steps, IReadOnlyDictionary<string, string> QuizAnswers);
