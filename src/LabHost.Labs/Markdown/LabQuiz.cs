namespace LabHost.Labs.Markdown;

/// <summary>A quiz found in the markdown: its id, the step section it is in, and its choice keys.</summary>
public sealed record LabQuiz(string Id, string? StepId, IReadOnlyList<string> ChoiceKeys, int Line);
