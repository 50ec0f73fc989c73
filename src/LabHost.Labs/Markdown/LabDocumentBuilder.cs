using System.Text;
using LabHost.Labs.Markdown.Folds;
using LabHost.Labs.Markdown.Quiz;
using LabHost.Labs.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LabHost.Labs.Markdown;

/// <summary>Builds one <see cref="LabDocument"/>: splits the page into sections and renders each.</summary>
internal sealed partial class LabDocumentBuilder(LabLanguage language, string file, string assetBaseUrl)
{
    private readonly List<LabDiagnostic> _diagnostics = [];
    private readonly List<LabSection> _sections = [];
    private readonly List<LabQuiz> _quizzes = [];
    private readonly List<LabLink> _links = [];
    private readonly StringWriter _writer = new();
    private HtmlRenderer? _renderer;

    public LabDocument Build(string markdown)
    {
        var document = LabMarkdown.Parse(markdown);
        _renderer = LabMarkdown.CreateRenderer(_writer, language, assetBaseUrl);
        var title = ReadTitle(document);
        SplitSections(document);
        CheckRawHtml(markdown);
        CheckLinks(document);
        CheckFences(document);
        CheckAttributes(document);
        CheckEmphasis(document);
        return new LabDocument(language, title, _sections, _quizzes, _links, _diagnostics);
    }

    private string ReadTitle(MarkdownDocument document)
    {
        if (document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } heading)
        {
            return PlainText(heading.Inline);
        }
        Error(DiagnosticCodes.MarkdownTitleMissing, 0, 0, "the file must start with a '# Title' heading");
        return string.Empty;
    }

    private void SplitSections(MarkdownDocument document)
    {
        HeadingBlock? heading = null;
        var body = new List<Block>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1 })
            {
                continue;
            }
            if (block is HeadingBlock { Level: 2 } next)
            {
                AddSection(heading, body);
                heading = next;
                body = [];
                if (next.TryGetAttributes()?.Id is { } id && !ids.Add(id))
                {
                    Error(DiagnosticCodes.DuplicateSectionId, next.Line, next.Column, $"the section id '{id}' is used twice");
                }
                continue;
            }
            body.Add(block);
        }
        AddSection(heading, body);
    }

    private void AddSection(HeadingBlock? heading, List<Block> body)
    {
        if (heading is null && body.Count == 0)
        {
            return;
        }
        var id = heading?.TryGetAttributes()?.Id;
        var kind = id is null ? LabSectionKind.Reading : LabSectionKind.Step;
        var blocks = body.SelectMany(b => b.Descendants<Block>().Prepend(b)).ToList();
        foreach (var quiz in blocks.OfType<QuizBlock>())
        {
            _quizzes.Add(new LabQuiz(quiz.Id, kind == LabSectionKind.Step ? id : null, quiz.Choices.Select(c => c.Key).ToList(), quiz.Line + 1));
        }
        var folds = blocks.OfType<FoldBlock>().ToList();
        _sections.Add(new LabSection(
            kind,
            id,
            heading is null ? string.Empty : PlainText(heading.Inline),
            heading is null ? string.Empty : Render(r => r.WriteLeafInline(heading)),
            Render(r => body.ForEach(b => r.Write(b))),
            (heading ?? body[0]).Line + 1,
            folds.Count(f => f.Kind == FoldKind.Hint),
            folds.Count(f => f.Kind == FoldKind.Solution)));
    }

    private string Render(Action<HtmlRenderer> write)
    {
        write(_renderer!);
        _renderer!.Writer.Flush();
        var html = _writer.ToString();
        _writer.GetStringBuilder().Clear();
        return html;
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants<Inline>() ?? [])
        {
            text.Append(node switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => " ",
                _ => string.Empty,
            });
        }
        return text.ToString().Trim();
    }

    private void Error(string code, int line, int column, string message) =>
        _diagnostics.Add(new(DiagnosticSeverity.Error, file, line + 1, column + 1, code, message));

    private void Warning(string code, int line, int column, string message) =>
        _diagnostics.Add(new(DiagnosticSeverity.Warning, file, line + 1, column + 1, code, message));
}
