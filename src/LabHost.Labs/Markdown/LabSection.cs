namespace LabHost.Labs.Markdown;

/// <summary>
/// One section of a lab page. <see cref="Html"/> is the body without its heading;
/// <see cref="TitleHtml"/> is the heading's inline HTML (empty for the introduction).
/// <see cref="Line"/> is 1-based.
/// </summary>
public sealed record LabSection(
    LabSectionKind Kind,
    string? Id,
    string Title,
    string TitleHtml,
    string Html,
    int Line,
    int HintCount,
    int SolutionCount);
