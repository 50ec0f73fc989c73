using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Writes JSON the way Go's encoding/json does (compact, Go's string escaping).</summary>
internal sealed class GoJsonWriter(StringBuilder output, bool escapeHtml)
{
    public void WriteRaw(string text) => output.Append(text);

    public void WriteString(string value)
    {
        output.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\u2028' or '\u2029': AppendEscape(c); break;
                case '<' or '>' or '&' when escapeHtml: AppendEscape(c); break;
                case < ' ': AppendEscape(c); break;
                default:
                    if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
                    {
                        // Go replaces invalid UTF-8 by U+FFFD; a lone surrogate is .NET's equivalent.
                        output.Append("\\ufffd");
                    }
                    else
                    {
                        output.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            output.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        output.Append('"');
    }

    private void AppendEscape(char c) =>
        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
