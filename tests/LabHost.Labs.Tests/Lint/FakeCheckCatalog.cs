using LabHost.Labs.Model;

namespace LabHost.Labs.Lint;

/// <summary>A test double for the grader's catalog: two kinds, each with one required parameter.</summary>
public sealed class FakeCheckCatalog : ICheckCatalog
{
    public IReadOnlyList<string> Kinds { get; } = ["network-exists", "quiz"];

    public IReadOnlyList<string> Validate(CheckSpec check) => check.Kind switch
    {
        "network-exists" when check["name"] is null => ["'name' is required"],
        "quiz" when check["quiz"] is null || check["answer"] is null => ["'quiz' and 'answer' are required"],
        _ => [],
    };
}
