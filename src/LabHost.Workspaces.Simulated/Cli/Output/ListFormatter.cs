using System.Text;
using LabHost.Workspaces.Simulated.Templates;

namespace LabHost.Workspaces.Simulated.Cli.Output;

/// <summary>
/// The docker CLI's list formatting: a Go template per row; with a "table " prefix the rows go
/// through tabwriter under a header made by running the template on the column names.
/// </summary>
public static class ListFormatter
{
    /// <summary>Renders rows; throws TemplateException for a bad template.</summary>
    public static string Render(string format, IReadOnlyDictionary<string, string> headers, IEnumerable<TemplateValue> rows)
    {
        var table = format.StartsWith("table", StringComparison.Ordinal);
        var text = table ? format["table".Length..].TrimStart() : format;
        text = text.Replace("\\t", "\t").Replace("\\n", "\n");
        var template = GoTemplate.Parse(text);
        if (!table)
        {
            var sb = new StringBuilder();
            foreach (var row in rows)
            {
                sb.Append(template.Execute(row)).Append('\n');
            }

            return sb.ToString();
        }

        var header = new MethodObject("header", headers.Select(h =>
            new KeyValuePair<string, TemplateMethod>(h.Key, new TemplateMethod(h.Key is "Label" ? 1 : 0, _ => TemplateValue.String(h.Value)))));
        var lines = new List<IReadOnlyList<string>> { template.Execute(header).Split('\t') };
        lines.AddRange(rows.Select(r => (IReadOnlyList<string>)template.Execute(r).Split('\t')));
        return TabWriter.Format(lines);
    }
}
