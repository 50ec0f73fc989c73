namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A parsed Go text/template, as the docker CLI parses <c>--format</c> (anonymous, with
/// Docker's extra functions). Immutable after parsing and safe for concurrent use.
/// <code>
/// var output = GoTemplate.Parse("{{range .IPAM.Config}}{{.Subnet}}{{end}}").Execute(network);
/// </code>
/// Error texts are Go's, with these known approximations: positions count UTF-8 bytes but the
/// "in type X" names are whatever the value builder declared; <c>{{define}}</c>,
/// <c>{{template}}</c>, <c>{{block}}</c> and complex numbers are refused with our own message;
/// the output and step limits are ours (real Docker has none).
/// </summary>
public sealed class GoTemplate
{
    private readonly ListNode root;

    private GoTemplate(string text, ListNode root)
    {
        Text = text;
        this.root = root;
    }

    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="TemplateException"/> on bad syntax.</summary>
    public static GoTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return new GoTemplate(text, Parser.Parse(text));
        }
        catch (Exception e) when (e is not TemplateException)
        {
            // A bug of ours; still honour the promise to throw only TemplateException.
            throw new TemplateException("template: :1: internal error: " + e.Message, isParseError: true);
        }
    }

    /// <summary>Executes against <paramref name="data"/>; throws only <see cref="TemplateException"/>.</summary>
    public string Execute(TemplateValue data, TemplateLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return new Executor(Text, limits ?? TemplateLimits.Default).Run(root, data);
        }
        catch (Exception e) when (e is not TemplateException)
        {
            throw new TemplateException("template: internal error: " + e.Message, isParseError: false);
        }
    }
}
