namespace LabHost.Labs.Model;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
