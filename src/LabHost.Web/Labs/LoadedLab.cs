using LabHost.Labs.Markdown;
using LabHost.Labs.Model;

namespace LabHost.Web.Labs;

/// <summary>A lab ready to serve: its definition, its text in both languages and its typed checks. Immutable.</summary>
public sealed record LoadedLab(
    LabDefinition Definition,
    string Directory,
    IReadOnlyDictionary<LabLanguage, LabDocument> Documents,
    IReadOnlyList<LoadedStep> Steps)
{
    public string Id => Definition.Id;

    public LabDocument Document(LabLanguage language) => Documents[language];

    public LoadedStep? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);
}
