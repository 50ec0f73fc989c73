using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Quiz;

/// <summary>One choice: its key (the value a <c>quiz</c> check answers with) and its list item.</summary>
public sealed record QuizChoice(string Key, ListItemBlock Item);
