using LabHost.Labs.Model;

namespace LabHost.Labs.Catalog;

/// <summary>
/// A course: an ordered list of labs under one title, with an optional one-line summary (empty
/// when the catalog has none). <see cref="Line"/> is 1-based in catalog.yaml.
/// </summary>
public sealed record Course(string Id, LocalizedText Title, IReadOnlyList<string> LabIds, int Line)
{
    public LocalizedText Summary { get; init; } = LocalizedText.Empty;
}
