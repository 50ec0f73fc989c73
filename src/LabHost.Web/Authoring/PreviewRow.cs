using LabHost.Labs.Markdown;
using LabHost.Labs.Model;

namespace LabHost.Web.Authoring;

/// <summary>
/// One row of the side-by-side preview: a step (or, with a null <see cref="StepId"/>, the text
/// after the last step) with, per language, the reading sections before it and its own section
/// last, its lab.yaml hints rendered per language, and the lint findings that point into it.
/// <see cref="Step"/> is null when lab.yaml has no such step. Immutable.
/// </summary>
public sealed record PreviewRow(
    string? StepId,
    LabStep? Step,
    IReadOnlyDictionary<LabLanguage, IReadOnlyList<LabSection>> Sections,
    IReadOnlyDictionary<LabLanguage, IReadOnlyList<string>> HintsHtml,
    IReadOnlyList<LabDiagnostic> Diagnostics)
{
    /// <summary>The step's own section in a language; null when that language has none.</summary>
    public LabSection? StepSection(LabLanguage language) =>
        StepId is null ? null : Sections[language].LastOrDefault(s => s.Kind == LabSectionKind.Step && s.Id == StepId);
}
