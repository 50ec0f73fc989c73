using LabHost.Labs.Model;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown;

/// <summary>
/// One language's markdown of a lab, parsed and rendered: its title, its sections in order, and
/// what is wrong with it on its own. Comparing languages and lab.yaml is <c>LabLinter</c>'s job.
/// Immutable once parsed.
/// </summary>
public sealed class LabDocument
{
    internal LabDocument(
        LabLanguage language,
        string title,
        IReadOnlyList<LabSection> sections,
        IReadOnlyList<LabQuiz> quizzes,
        IReadOnlyList<LabLink> links,
        IReadOnlyList<LabDiagnostic> diagnostics)
    {
        Language = language;
        Title = title;
        Sections = sections;
        Quizzes = quizzes;
        Links = links;
        Diagnostics = diagnostics;
    }

    public LabLanguage Language { get; }

    /// <summary>The text of the <c># Title</c> heading; empty when there is none.</summary>
    public string Title { get; }

    public IReadOnlyList<LabSection> Sections { get; }

    public IReadOnlyList<LabQuiz> Quizzes { get; }

    /// <summary>Links and images to paths inside the lab, for lint to check that the files exist.</summary>
    public IReadOnlyList<LabLink> Links { get; }

    public IReadOnlyList<LabDiagnostic> Diagnostics { get; }

    public IEnumerable<LabSection> Steps => Sections.Where(s => s.Kind == LabSectionKind.Step);

    /// <param name="markdown">The file's text.</param>
    /// <param name="language">The language the page is shown in (localised titles and buttons).</param>
    /// <param name="labId">The lab's id; relative paths are served from <c>/labs/{labId}/</c>.</param>
    /// <param name="assetBaseUrl">Another base URL for relative paths, when the site serves them elsewhere.</param>
    public static LabDocument Parse(string markdown, LabLanguage language, string labId, string? assetBaseUrl = null)
    {
        var builder = new LabDocumentBuilder(language, language.FileName(), assetBaseUrl ?? LabMarkdown.DefaultAssetBaseUrl(labId));
        return builder.Build(markdown);
    }
}
