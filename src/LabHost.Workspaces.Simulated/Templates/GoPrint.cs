using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>fmt.Sprint and fmt.Sprintln over template values.</summary>
internal static class GoPrint
{
    /// <summary>Sprint puts a space between operands when neither is a string.</summary>
    public static string Sprint(IReadOnlyList<TemplateValue> args)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0 && args[i] is not StringValue && args[i - 1] is not StringValue)
            {
                sb.Append(' ');
            }

            GoFormatter.Write(sb, args[i], 'v', FormatSpec.Plain, 0);
        }

        return sb.ToString();
    }

    public static string Sprintln(IReadOnlyList<TemplateValue> args)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            GoFormatter.Write(sb, args[i], 'v', FormatSpec.Plain, 0);
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>text/template's evalArgs for html, js and urlquery.</summary>
    public static string EvalArgs(IReadOnlyList<TemplateValue> args) =>
        args is [StringValue s] ? s.Value : Sprint(args);
}
