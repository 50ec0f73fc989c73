using System.Text.RegularExpressions;

namespace LabHost.Grading.Checks;

/// <summary>
/// A command matching Pattern was typed: at the host prompt (Where "host"), in any container
/// ("container") or in the named container; and exited 0 unless Succeeded is false. With
/// SinceStepStart, a command typed for an earlier step does not count.
/// </summary>
public sealed record CommandRunCheck(Regex Pattern) : Check
{
    public override string Kind => "command-run";

    public string Where { get; init; } = "host";

    public bool Succeeded { get; init; } = true;

    /// <summary>Only commands typed since the step began count (since: step).</summary>
    public bool SinceStepStart { get; init; }
}
