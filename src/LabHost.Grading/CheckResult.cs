using LabHost.Grading.Checks;
using LabHost.Grading.Text;

namespace LabHost.Grading;

/// <summary>
/// The outcome of one check: passed or not, what was found against what the step asks (in both
/// languages), and a hint on how to look for it.
/// </summary>
public sealed record CheckResult(Check Check, bool Passed, Localized Message)
{
    public Localized? Hint { get; init; }
}
