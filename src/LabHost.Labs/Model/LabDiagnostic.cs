namespace LabHost.Labs.Model;

/// <summary>
/// A problem found in a lab's files. <paramref name="File"/> is relative to the lab folder
/// (<c>lab.yaml</c>, <c>ko.md</c>); <paramref name="Line"/> and <paramref name="Column"/> are
/// 1-based, 0 when the problem is the file as a whole. The message is in English: it is for authors.
/// </summary>
public sealed record LabDiagnostic(
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string Code,
    string Message)
{
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
