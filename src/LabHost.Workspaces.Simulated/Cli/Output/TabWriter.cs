using System.Text;

namespace LabHost.Workspaces.Simulated.Cli.Output;

/// <summary>
/// Go's text/tabwriter as the docker CLI configures it (minwidth 10, tabwidth 1, padding 3,
/// padchar ' '): each column is as wide as its widest cell plus 3, at least 10; the last cell of
/// a row is not padded. Cells are measured in runes, as tabwriter counts UTF-8 text.
/// </summary>
public static class TabWriter
{
    public static string Format(IReadOnlyList<IReadOnlyList<string>> rows, int minWidth = 10, int padding = 3)
    {
        var widths = new List<int>();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count - 1; c++)
            {
                var width = Math.Max(minWidth, Runes(row[c]) + padding);
                if (c >= widths.Count)
                {
                    widths.Add(width);
                }
                else
                {
                    widths[c] = Math.Max(widths[c], width);
                }
            }
        }

        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                sb.Append(row[c]);
                if (c < row.Count - 1)
                {
                    sb.Append(' ', widths[c] - Runes(row[c]));
                }
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static int Runes(string s) => s.EnumerateRunes().Count();
}
