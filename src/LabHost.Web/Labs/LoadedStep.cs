using LabHost.Grading.Checks;
using LabHost.Labs.Model;

namespace LabHost.Web.Labs;

/// <summary>One step of a served lab, with its checks typed for the grader.</summary>
public sealed record LoadedStep(LabStep Definition, IReadOnlyList<Check> Checks)
{
    public string Id => Definition.Id;
}
