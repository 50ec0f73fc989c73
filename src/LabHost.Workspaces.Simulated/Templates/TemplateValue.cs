using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A value as Go's reflection sees it, so that templates print exactly what Docker prints for its
/// Go structs. Immutable and safe for concurrent use. Build values with the static factories.
/// </summary>
public abstract partial class TemplateValue
{
    private protected TemplateValue()
    {
    }

    /// <summary>The Go type as reflect prints it (<c>string</c>, <c>map[string]string</c>...).</summary>
    public abstract string GoType { get; }

    /// <summary>Go's template truth: false for zero values, nil and empty collections.</summary>
    public abstract bool IsTrue { get; }

    /// <summary>What <c>fmt.Sprint(v)</c> prints: <c>{{.}}</c> in a template.</summary>
    public string ToGoString()
    {
        var sb = new StringBuilder();
        GoFormatter.Write(sb, this, 'v', FormatSpec.Plain, 0);
        return sb.ToString();
    }

    /// <summary>
    /// Docker's <c>json</c> template function: compact encoding/json output with no trailing
    /// newline. Docker turns HTML escaping off; pass <paramref name="escapeHtml"/> to get
    /// plain encoding/json behaviour (<c>&lt;</c> as <c>\u003c</c>).
    /// </summary>
    public string ToJson(bool escapeHtml = false)
    {
        var sb = new StringBuilder();
        WriteJson(new GoJsonWriter(sb, escapeHtml));
        return sb.ToString();
    }

    public override string ToString() => ToGoString();

    internal abstract void WriteJson(GoJsonWriter writer);
}
