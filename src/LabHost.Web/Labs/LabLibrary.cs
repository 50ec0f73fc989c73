using LabHost.Grading.Parsing;
using LabHost.Labs.Catalog;
using LabHost.Labs.Lint;
using LabHost.Labs.Loading;
using LabHost.Labs.Markdown;
using LabHost.Labs.Model;

namespace LabHost.Web.Labs;

/// <summary>
/// Every lab under labs/ and the course catalog, loaded and linted once at start-up. A lab with
/// lint errors is never shown to a learner: it is logged and left out. Immutable; safe for concurrent use.
/// </summary>
public sealed class LabLibrary
{
    public LabLibrary(IReadOnlyList<LoadedLab> labs, CourseCatalog catalog, string labsDirectory)
    {
        Labs = labs;
        Catalog = catalog;
        LabsDirectory = labsDirectory;
    }

    public IReadOnlyList<LoadedLab> Labs { get; }

    public CourseCatalog Catalog { get; }

    public string LabsDirectory { get; }

    public LoadedLab? Find(string id) => Labs.FirstOrDefault(l => l.Id == id);

    public static LabLibrary Load(string contentRoot, ILogger logger)
    {
        var labsDirectory = Path.Combine(contentRoot, "labs");
        var labs = new List<LoadedLab>();
        foreach (var directory in System.IO.Directory.Exists(labsDirectory) ? System.IO.Directory.GetDirectories(labsDirectory).Order(StringComparer.Ordinal).ToArray() : [])
        {
            var lab = LoadLab(directory, logger);
            if (lab is not null)
            {
                labs.Add(lab);
            }
        }

        var loaded = CourseCatalog.Load(Path.Combine(contentRoot, "content", CourseCatalog.FileName), labs.Select(l => l.Id).ToList());
        foreach (var diagnostic in loaded.Diagnostics)
        {
            logger.LogWarning("content/{Diagnostic}", diagnostic);
        }
        return new LabLibrary(labs, loaded.Catalog ?? new CourseCatalog([]), labsDirectory);
    }

    /// <summary>A step's lab.yaml hints rendered per language, with relative paths served from <c>/labs/{labId}/</c>.</summary>
    internal static Dictionary<LabLanguage, IReadOnlyList<string>> HintsHtml(LabStep step, string labId) =>
        LabLanguages.All.ToDictionary(
            language => language,
            language => (IReadOnlyList<string>)step.Hints.Select(h => LabMarkdown.ToHtml(h.Get(language), language, LabMarkdown.DefaultAssetBaseUrl(labId))).ToList());

    private static LoadedLab? LoadLab(string directory, ILogger logger)
    {
        var diagnostics = LabLinter.Lint(directory, CheckCatalog.Instance);
        foreach (var diagnostic in diagnostics)
        {
            logger.Log(diagnostic.Severity == DiagnosticSeverity.Error ? LogLevel.Error : LogLevel.Warning, "{Lab}/{Diagnostic}", Path.GetFileName(directory), diagnostic);
        }
        var definition = LabLoader.Load(directory).Lab;
        if (definition is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            logger.LogError("Lab {Lab} has errors and is not served", Path.GetFileName(directory));
            return null;
        }

        var documents = LabLanguages.All.ToDictionary(
            language => language,
            language => LabDocument.Parse(File.ReadAllText(Path.Combine(directory, language.FileName())), language, definition.Id));
        var steps = definition.Steps
            .Select(step => new LoadedStep(step, step.Checks.Select(CheckCatalog.ToCheck).ToList(), HintsHtml(step, definition.Id)))
            .ToList();
        return new LoadedLab(definition, directory, documents, steps);
    }
}
