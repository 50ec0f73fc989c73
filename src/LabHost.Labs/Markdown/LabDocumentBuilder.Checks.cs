using LabHost.Labs.Markdown.Folds;
using LabHost.Labs.Markdown.LinkPolicy;
using LabHost.Labs.Markdown.Quiz;
using LabHost.Labs.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LabHost.Labs.Markdown;

/// <summary>What a single markdown file can get wrong on its own.</summary>
internal sealed partial class LabDocumentBuilder
{
    private void CheckRawHtml(string markdown)
    {
        var probe = Markdig.Markdown.Parse(markdown, LabMarkdown.HtmlProbe);
        foreach (var html in probe.Descendants<HtmlBlock>())
        {
            Error(DiagnosticCodes.RawHtml, html.Line, html.Column, $"raw HTML is not allowed: {Excerpt(html.Lines.ToString())}");
        }
        foreach (var html in probe.Descendants<HtmlInline>())
        {
            // Markdig gives an HtmlInline no position of its own (and drops the paragraph's lines
            // once inlines are parsed): report the paragraph's first line.
            var (line, column) = FindParagraph(html) is { } paragraph ? (paragraph.Line, paragraph.Column) : (0, 0);
            Error(DiagnosticCodes.RawHtml, line, column, $"raw HTML is not allowed: {Excerpt(html.Tag)}");
        }
    }

    /// <summary>
    /// A <c>**</c> or <c>__</c> that CommonMark left as text: the page would show the asterisks. The
    /// usual cause in Korean is a closing <c>**</c> after punctuation with a particle straight after
    /// it (<c>**브리지(bridge)**를</c>): such a run cannot close emphasis.
    /// </summary>
    private void CheckEmphasis(MarkdownDocument document)
    {
        var reported = new HashSet<int>();
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            // Once per paragraph: the opening and the closing run are two literals.
            var (line, column) = FindParagraph(literal) is { } paragraph ? (paragraph.Line, paragraph.Column) : (literal.Line, literal.Column);
            if ((text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal)) && reported.Add(line))
            {
                Warning(DiagnosticCodes.EmphasisNotClosed, line, column,
                    "'**' is shown as text, not bold: a closing '**' right after punctuation must be followed by a space or punctuation (write '**브리지**(bridge)를', not '**브리지(bridge)**를')");
            }
        }
    }

    private static LeafBlock? FindParagraph(Inline inline)
    {
        var container = inline.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }
        return container?.ParentBlock;
    }

    private void CheckLinks(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            var (url, isImage) = inline switch
            {
                LinkInline link => (link.Url, link.IsImage),
                AutolinkInline { IsEmail: false } auto => (auto.Url, false),
                _ => (null, false),
            };
            if (url is null && inline is not LinkInline)
            {
                continue;
            }
            switch (UrlPolicy.Classify(url, out var reason))
            {
                case LinkVerdict.Refused:
                    Error(DiagnosticCodes.UnsafeLink, inline.Line, inline.Column, $"{(isImage ? "image" : "link")} '{Excerpt(url ?? string.Empty)}' refused: {reason}");
                    break;
                case LinkVerdict.Relative:
                    _links.Add(new LabLink(url!, UrlPolicy.RelativePath(url!), isImage, inline.Line + 1, inline.Column + 1));
                    break;
            }
        }
    }

    private void CheckFences(MarkdownDocument document)
    {
        foreach (var fold in document.Descendants<FoldBlock>().Where(f => !f.IsClosed))
        {
            Error(DiagnosticCodes.UnterminatedBlock, fold.Line, fold.Column, $"':::{fold.Kind.ToString().ToLowerInvariant()}' is not closed with ':::'");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quiz in document.Descendants<QuizBlock>())
        {
            if (!quiz.IsClosed)
            {
                Error(DiagnosticCodes.UnterminatedBlock, quiz.Line, quiz.Column, "':::quiz' is not closed with ':::'");
            }
            CheckQuiz(quiz, ids);
        }
    }

    private void CheckQuiz(QuizBlock quiz, HashSet<string> ids)
    {
        if (!QuizIds.IsValid(quiz.Id))
        {
            Error(DiagnosticCodes.BadQuiz, quiz.Line, quiz.Column, $"quiz id '{Excerpt(quiz.Id)}' is not valid: write ':::quiz{{#id}}' with an id of lowercase letters, digits and '-'");
        }
        else if (!ids.Add(quiz.Id))
        {
            Error(DiagnosticCodes.DuplicateQuizId, quiz.Line, quiz.Column, $"quiz id '{quiz.Id}' is used twice");
        }
        foreach (var item in quiz.NotChoices)
        {
            Error(DiagnosticCodes.BadQuiz, item.Line, item.Column, "a quiz choice must start with its key in brackets, like '- [a] bridge' (letters and digits only)");
        }
        if (quiz.Choices.Count < 2)
        {
            Error(DiagnosticCodes.BadQuiz, quiz.Line, quiz.Column, $"quiz '{quiz.Id}' needs at least two choices");
        }
        foreach (var key in quiz.Choices.GroupBy(c => c.Key).Where(g => g.Count() > 1))
        {
            Error(DiagnosticCodes.BadQuiz, key.Last().Item.Line, key.Last().Item.Column, $"quiz '{quiz.Id}' has two choices with the key '{key.Key}'");
        }
    }

    private void CheckAttributes(MarkdownDocument document)
    {
        foreach (var removed in AttributePolicy.Removed(document))
        {
            Error(DiagnosticCodes.AttributeNotAllowed, removed.Line, removed.Column, $"the attribute '{Excerpt(removed.Name)}' is not allowed: only {{#id}} and {{.class}} with letters, digits, '-' and '_'");
        }
    }

    private static string Excerpt(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 60 ? line : line[..57] + "...";
    }
}
