using System.Text;

namespace LabHost.Workspaces.Simulated.Cli.Output;

/// <summary>
/// Go's json.Indent with a four-space indent, as the docker CLI prints inspect results:
/// empty objects and arrays stay "{}" and "[]", strings are copied untouched.
/// </summary>
public static class JsonIndent
{
    public static string Indent(string compact, int level = 0)
    {
        var sb = new StringBuilder();
        var depth = level;
        var inString = false;
        for (var i = 0; i < compact.Length; i++)
        {
            var c = compact[i];
            if (inString)
            {
                sb.Append(c);
                if (c == '\\')
                {
                    sb.Append(compact[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    sb.Append(c);
                    break;
                case '{' or '[' when i + 1 < compact.Length && compact[i + 1] is '}' or ']':
                    sb.Append(c).Append(compact[++i]);
                    break;
                case '{' or '[':
                    sb.Append(c);
                    NewLine(sb, ++depth);
                    break;
                case '}' or ']':
                    NewLine(sb, --depth);
                    sb.Append(c);
                    break;
                case ',':
                    sb.Append(c);
                    NewLine(sb, depth);
                    break;
                case ':':
                    sb.Append(": ");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static void NewLine(StringBuilder sb, int depth) => sb.Append('\n').Append(' ', depth * 4);
}
