using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Quiz;

/// <summary>
/// A <c>:::quiz{#id}</c> block: a question (any markdown) and lists whose items start with
/// <c>[key]</c>, the choices. <see cref="Id"/> is as written; <see cref="HtmlId"/> is what the
/// page uses, always HTML-safe.
/// </summary>
public sealed class QuizBlock(BlockParser parser) : ContainerBlock(parser)
{
    public string Id { get; init; } = string.Empty;

    public int FenceLength { get; init; }

    public bool IsClosed { get; set; }

    public List<QuizChoice> Choices { get; } = [];

    /// <summary>List items inside the quiz that do not start with <c>[key]</c>.</summary>
    public List<ListItemBlock> NotChoices { get; } = [];

    public string HtmlId => QuizIds.Sanitize(Id);
}
