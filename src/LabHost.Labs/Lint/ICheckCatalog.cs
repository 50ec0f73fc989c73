using LabHost.Labs.Model;

namespace LabHost.Labs.Lint;

/// <summary>
/// What lint needs to know about check kinds; the grader implements it. Implementations must be
/// safe for concurrent use.
/// </summary>
public interface ICheckCatalog
{
    IReadOnlyList<string> Kinds { get; }

    /// <summary>The problems with a check's parameters, in English; empty when it is valid. Called only for known kinds.</summary>
    IReadOnlyList<string> Validate(CheckSpec check);
}
