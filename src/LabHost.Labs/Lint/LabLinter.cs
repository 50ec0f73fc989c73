using LabHost.Labs.Loading;
using LabHost.Labs.Markdown;
using LabHost.Labs.Model;

namespace LabHost.Labs.Lint;

/// <summary>
/// <c>labhost lint</c>: everything wrong with a lab folder, from lab.yaml, each markdown file on
/// its own, and the languages against each other and against lab.yaml. Stateless.
/// </summary>
public static class LabLinter
{
    public static IReadOnlyList<LabDiagnostic> Lint(string directory, ICheckCatalog catalog)
    {
        var loaded = LabLoader.Load(directory);
        var diagnostics = new List<LabDiagnostic>(loaded.Diagnostics);
        var lab = loaded.Lab;
        if (lab is not null)
        {
            CheckChecks(lab, catalog, diagnostics);
        }
        var documents = new Dictionary<LabLanguage, LabDocument>();
        foreach (var language in LabLanguages.All)
        {
            var path = Path.Combine(directory, language.FileName());
            if (!File.Exists(path))
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, language.FileName(), 0, 0, DiagnosticCodes.FileMissing, $"{language.FileName()} is missing"));
                continue;
            }
            var document = LabDocument.Parse(File.ReadAllText(path), language, lab?.Id ?? Path.GetFileName(directory));
            diagnostics.AddRange(document.Diagnostics);
            CheckLinkTargets(directory, document, diagnostics);
            documents[language] = document;
        }
        if (lab is not null)
        {
            new LanguageComparison(lab, documents, diagnostics).Run();
        }
        return diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
    }

    private static void CheckChecks(LabDefinition lab, ICheckCatalog catalog, List<LabDiagnostic> diagnostics)
    {
        foreach (var check in lab.Steps.SelectMany(s => s.Checks))
        {
            if (!catalog.Kinds.Contains(check.Kind, StringComparer.Ordinal))
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, LabLoader.FileName, check.Line, check.Column, DiagnosticCodes.UnknownCheckKind,
                    $"unknown check kind '{check.Kind}' (known: {string.Join(", ", catalog.Kinds)})"));
                continue;
            }
            foreach (var problem in catalog.Validate(check))
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, LabLoader.FileName, check.Line, check.Column, DiagnosticCodes.BadCheckParameters,
                    $"check '{check.Kind}': {problem}"));
            }
        }
    }

    private static void CheckLinkTargets(string directory, LabDocument document, List<LabDiagnostic> diagnostics)
    {
        foreach (var link in document.Links)
        {
            var target = Path.Combine(directory, link.Path.Replace('/', Path.DirectorySeparatorChar));
            if (link.Path.Length > 0 && !File.Exists(target) && !Directory.Exists(target))
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, document.Language.FileName(), link.Line, link.Column, DiagnosticCodes.BrokenLink,
                    $"{(link.IsImage ? "image" : "link")} '{link.Url}': the file '{link.Path}' does not exist in the lab folder"));
            }
        }
    }
}
