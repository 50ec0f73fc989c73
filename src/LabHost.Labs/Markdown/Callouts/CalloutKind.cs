namespace LabHost.Labs.Markdown.Callouts;

/// <summary>The GitHub alert kinds, which authors already know.</summary>
public enum CalloutKind
{
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}
