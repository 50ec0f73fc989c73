using LabHost.Grading.Parsing;
using LabHost.Labs.Catalog;
using LabHost.Labs.Lint;
using LabHost.Labs.Loading;
using LabHost.Labs.Markdown;
using LabHost.Labs.Model;

namespace LabHost.Web.Labs;

/// <summary>
/// Every lab under labs/ and the course catalog, loaded and linted at start-up and again when an
/// instructor publishes (<see cref="Reload"/>). A lab with lint errors is never shown to a learner:
/// it is logged and left out, and a served lab that an edit broke stays served as it was. Each
/// load is an immutable set swapped in whole; safe for concurrent use. A learner already in a lab
/// keeps the version their workspace opened with (every page of it renders that version) until the
/// workspace is let go (idle eviction or a restart); the next open gets the served version.
/// </summary>
public sealed class LabLibrary
{
    private readonly ILogger logger;
    private readonly Lock reloading = new();
    private volatile Loaded current;

    public LabLibrary(IReadOnlyList<LoadedLab> labs, CourseCatalog catalog, string labsDirectory, ILogger? logger = null)
    {
        current = new Loaded(labs, catalog);
        LabsDirectory = labsDirectory;
        this.logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    public IReadOnlyList<LoadedLab> Labs => current.Labs;

    public CourseCatalog Catalog => current.Catalog;

    public string LabsDirectory { get; }

    /// <summary>What the last <see cref="Reload"/> did; null before the first.</summary>
    public LibraryReload? LastReload { get; private set; }

    public LoadedLab? Find(string id) => current.Labs.FirstOrDefault(l => l.Id == id);

    public static LabLibrary Load(string contentRoot, ILogger logger)
    {
        var labsDirectory = Path.Combine(contentRoot, "labs");
        var (labs, catalog, _, _) = LoadAll(labsDirectory, [], logger);
        return new LabLibrary(labs, catalog, labsDirectory, logger);
    }

    /// <summary>
    /// Reads labs/ and content/catalog.yaml again and serves what loads: new and changed labs from
    /// now on, removed folders no more; a served lab whose files now have errors keeps its old version.
    /// </summary>
    public LibraryReload Reload(DateTimeOffset now)
    {
        lock (reloading)
        {
            var before = current.Labs;
            var (labs, catalog, keptOld, notServed) = LoadAll(LabsDirectory, before, logger);
            current = new Loaded(labs, catalog);
            var reload = new LibraryReload(
                now,
                labs.Select(l => l.Id).Except(keptOld).ToList(),
                keptOld,
                notServed,
                before.Select(l => l.Id).Except(labs.Select(l => l.Id)).ToList());
            LastReload = reload;
            logger.LogInformation("Labs published: {Published}; kept as they were (errors): {Kept}; not served (errors): {Refused}; removed: {Removed}",
                reload.Published, reload.KeptOld, reload.NotServed, reload.Removed);
            return reload;
        }
    }

    /// <summary>The labs to serve, the catalog, the ids of labs kept at their old version, and the folders not served.</summary>
    private static (List<LoadedLab> Labs, CourseCatalog Catalog, List<string> KeptOld, List<string> NotServed) LoadAll(string labsDirectory, IReadOnlyList<LoadedLab> served, ILogger logger)
    {
        var labs = new List<LoadedLab>();
        var keptOld = new List<string>();
        var notServed = new List<string>();
        foreach (var directory in System.IO.Directory.Exists(labsDirectory) ? System.IO.Directory.GetDirectories(labsDirectory).Order(StringComparer.Ordinal).ToArray() : [])
        {
            var lab = TryLoadLab(directory, logger);
            if (lab is not null && labs.FirstOrDefault(l => l.Id == lab.Id) is { } first)
            {
                // A copy of a lab (a draft beside the original) must not shadow it: one id, one lab.
                logger.LogError("Lab folder {Folder} has the id {Id} of {Other} and is not served: give it an id of its own",
                    Path.GetFileName(directory), lab.Id, Path.GetFileName(first.Directory));
                lab = null;
            }
            if (lab is not null)
            {
                labs.Add(lab);
            }
            else if (served.FirstOrDefault(l => l.Directory == directory) is { } old && labs.All(l => l.Id != old.Id))
            {
                labs.Add(old);
                keptOld.Add(old.Id);
            }
            else
            {
                notServed.Add(Path.GetFileName(directory));
            }
        }

        var contentRoot = Path.GetDirectoryName(labsDirectory) ?? labsDirectory;
        var loaded = CourseCatalog.Load(Path.Combine(contentRoot, "content", CourseCatalog.FileName), labs.Select(l => l.Id).ToList());
        foreach (var diagnostic in loaded.Diagnostics)
        {
            logger.LogWarning("content/{Diagnostic}", diagnostic);
        }
        return (labs, loaded.Catalog ?? new CourseCatalog([]), keptOld, notServed);
    }

    private sealed record Loaded(IReadOnlyList<LoadedLab> Labs, CourseCatalog Catalog);

    /// <summary>A step's lab.yaml hints rendered per language, with relative paths served from <c>/labs/{labId}/</c>.</summary>
    internal static Dictionary<LabLanguage, IReadOnlyList<string>> HintsHtml(LabStep step, string labId) =>
        LabLanguages.All.ToDictionary(
            language => language,
            language => (IReadOnlyList<string>)step.Hints.Select(h => LabMarkdown.ToHtml(h.Get(language), language, LabMarkdown.DefaultAssetBaseUrl(labId))).ToList());

    /// <summary>A folder that changes under the reader (an editor saving) is a lab with errors this time, not a failed publish.</summary>
    private static LoadedLab? TryLoadLab(string directory, ILogger logger)
    {
        try
        {
            return LoadLab(directory, logger);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Lab folder {Folder} could not be read and is not served", Path.GetFileName(directory));
            return null;
        }
    }

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
