using LabHost.Grading.Parsing;
using LabHost.Labs.Lint;
using LabHost.Labs.Loading;
using LabHost.Labs.Markdown;
using LabHost.Labs.Model;

namespace LabHost.Web.Authoring;

/// <summary>
/// A lab folder as its author sees it: every lint finding, lab.yaml as far as it loads, and both
/// languages' text rendered by the lab page's own pipeline, row by row. A folder that fails to load
/// still gives a preview (its findings, and whatever text there is). Immutable; read it anywhere.
/// </summary>
public sealed record LabPreview(
    string Folder,
    LabDefinition? Definition,
    IReadOnlyList<LabDiagnostic> Diagnostics,
    IReadOnlyDictionary<LabLanguage, LabDocument> Documents,
    IReadOnlyList<PreviewRow> Rows)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Reads the folder now. Throws <see cref="IOException"/> when a file vanishes while it is read (an editor saving).</summary>
    public static LabPreview Load(string directory)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var diagnostics = LabLinter.Lint(directory, CheckCatalog.Instance);
        var definition = LabLoader.Load(directory).Lab;
        var documents = new Dictionary<LabLanguage, LabDocument>();
        foreach (var language in LabLanguages.All)
        {
            var path = Path.Combine(directory, language.FileName());
            if (File.Exists(path))
            {
                // Figures are served from /labs/{folder}/, whatever the lab's id says.
                documents[language] = LabDocument.Parse(File.ReadAllText(path), language, folder, LabMarkdown.DefaultAssetBaseUrl(folder));
            }
        }
        return new LabPreview(folder, definition, diagnostics, documents, PreviewRows.Build(folder, definition, documents, diagnostics));
    }

    /// <summary>The status of a folder for the list page: its lint error and warning counts.</summary>
    public static (int Errors, int Warnings) LintStatus(string directory)
    {
        var diagnostics = LabLinter.Lint(directory, CheckCatalog.Instance);
        return (diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }
}
