namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// The only exception the template engine throws. <see cref="GoMessage"/> is the text Go's
/// text/template would produce (<c>template: :1: ...</c>); <see cref="Exception.Message"/> is
/// what the docker CLI prints: parse errors get Docker's <c>template parsing error: </c> prefix,
/// execution errors are left as Go words them (each docker command adds its own context).
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string goMessage, bool isParseError)
        : base(isParseError ? "template parsing error: " + goMessage : goMessage)
    {
        GoMessage = goMessage;
        IsParseError = isParseError;
    }

    /// <summary>The error exactly as Go's text/template formats it.</summary>
    public string GoMessage { get; }

    public bool IsParseError { get; }
}
