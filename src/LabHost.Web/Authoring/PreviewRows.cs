using LabHost.Labs.Loading;
using LabHost.Labs.Markdown;
using LabHost.Labs.Model;
using LabHost.Web.Labs;

namespace LabHost.Web.Authoring;

/// <summary>
/// Lines the two languages up step by step, and places each lint finding beside the step whose
/// lines it points into (lab.yaml's step entry, or the step's section in a markdown file). Stateless.
/// </summary>
public static class PreviewRows
{
    // Dictionary keys cannot be null: the text after the last step goes under a key no step id can take.
    private const string Trailing = "";

    /// <param name="folder">The lab folder's name: relative paths in hints are served from <c>/labs/{folder}/</c>.</param>
    public static IReadOnlyList<PreviewRow> Build(
        string folder,
        LabDefinition? definition,
        IReadOnlyDictionary<LabLanguage, LabDocument> documents,
        IReadOnlyList<LabDiagnostic> diagnostics)
    {
        var chunks = LabLanguages.All.ToDictionary(language => language, language => Chunk(documents.GetValueOrDefault(language)));
        var stepIds = (definition?.Steps.Select(s => s.Id) ?? [])
            .Concat(LabLanguages.All.SelectMany(language => chunks[language].Keys.Where(key => key != Trailing)))
            .Distinct(StringComparer.Ordinal)
            .Select(string? (id) => id)
            .ToList();
        if (chunks.Values.Any(c => c.ContainsKey(Trailing)))
        {
            stepIds.Add(null);
        }

        var stepOf = diagnostics.ToLookup(d => StepOf(d, definition, documents));
        return stepIds.Select(id =>
            {
                var step = definition?.Steps.FirstOrDefault(s => s.Id == id);
                return new PreviewRow(
                    id,
                    step,
                    LabLanguages.All.ToDictionary(language => language, language => chunks[language].GetValueOrDefault(id ?? Trailing) ?? []),
                    step is null ? LabLanguages.All.ToDictionary(language => language, _ => (IReadOnlyList<string>)[]) : LabLibrary.HintsHtml(step, folder),
                    id is null ? [] : stepOf[id].ToList());
            })
            .ToList();
    }

    /// <summary>A language's sections cut after each step section, keyed by that step's id.</summary>
    private static Dictionary<string, IReadOnlyList<LabSection>> Chunk(LabDocument? document)
    {
        var chunks = new Dictionary<string, IReadOnlyList<LabSection>>(StringComparer.Ordinal);
        var pending = new List<LabSection>();
        foreach (var section in document?.Sections ?? [])
        {
            pending.Add(section);
            if (section.Kind == LabSectionKind.Step && section.Id is { Length: > 0 } id)
            {
                chunks[id] = chunks.TryGetValue(id, out var earlier) ? [.. earlier, .. pending] : pending;
                pending = [];
            }
        }
        if (pending.Count > 0)
        {
            chunks[Trailing] = pending;
        }
        return chunks;
    }

    /// <summary>The step a finding points into, or the empty string when it concerns no one step.</summary>
    private static string StepOf(LabDiagnostic diagnostic, LabDefinition? definition, IReadOnlyDictionary<LabLanguage, LabDocument> documents)
    {
        if (diagnostic.Line <= 0)
        {
            return string.Empty;
        }
        if (diagnostic.File == LabLoader.FileName)
        {
            return definition?.Steps.Where(s => s.Line <= diagnostic.Line).MaxBy(s => s.Line)?.Id ?? string.Empty;
        }
        var document = documents.Values.FirstOrDefault(d => d.Language.FileName() == diagnostic.File);
        var section = document?.Sections.Where(s => s.Line <= diagnostic.Line).MaxBy(s => s.Line);
        return section is { Kind: LabSectionKind.Step, Id: { } id } ? id : string.Empty;
    }
}
