using LabHost.Grading.Checks;
using LabHost.Labs.Model;

namespace LabHost.Web.Labs;

/// <summary>
/// One step of a served lab, with its checks typed for the grader and its lab.yaml hints rendered
/// by the lab's own sanitised markdown pipeline, per language.
/// </summary>
public sealed record LoadedStep(LabStep Definition, IReadOnlyList<Check> Checks, IReadOnlyDictionary<LabLanguage, IReadOnlyList<string>> HintsHtml)
{
    public string Id => Definition.Id;
}
