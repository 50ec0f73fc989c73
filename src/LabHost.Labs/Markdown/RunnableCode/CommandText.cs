using System.Text;

namespace LabHost.Labs.Markdown.RunnableCode;

/// <summary>Joins shell continuation lines the way the shell would before running them.</summary>
public static class CommandText
{
    public static string Join(string code)
    {
        var commands = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in code.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            var part = current.Length > 0 ? line.TrimStart() : line;
            if (part.EndsWith('\\'))
            {
                AppendPart(current, part[..^1].TrimEnd());
                continue;
            }
            AppendPart(current, part);
            if (current.Length > 0)
            {
                commands.Add(current.ToString());
            }
            current.Clear();
        }
        if (current.Length > 0)
        {
            commands.Add(current.ToString());
        }
        return string.Join('\n', commands);
    }

    private static void AppendPart(StringBuilder current, string part)
    {
        if (part.Length == 0)
        {
            return;
        }
        if (current.Length > 0)
        {
            current.Append(' ');
        }
        current.Append(part);
    }
}
