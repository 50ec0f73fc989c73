namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>Tab: complete a single match with a space, else the common prefix; a second Tab lists.</summary>
public sealed partial class LineEditor
{
    private void Complete(bool secondTab)
    {
        var text = Line;
        var cursorIndex = string.Concat(line.Take(cursor)).Length;
        var result = Completion?.Complete(text, cursorIndex) ?? CompletionResult.Empty(cursorIndex);
        var start = Math.Clamp(result.Start, 0, cursorIndex);
        var word = text[start..cursorIndex];
        var candidates = result.Candidates.Where(c => c.StartsWith(word, StringComparison.Ordinal)).Distinct().ToList();
        var startRune = text[..start].EnumerateRunes().Count();
        if (candidates.Count == 1)
        {
            var single = candidates[0];
            Replace(startRune, cursor, single.EndsWith('/') ? single : single + " ");
            return;
        }

        var prefix = CommonPrefix(candidates);
        if (candidates.Count > 1 && prefix.Length > word.Length)
        {
            Replace(startRune, cursor, prefix);
            return;
        }

        if (candidates.Count == 0 || !secondTab)
        {
            Write("\a");
            return;
        }

        MoveTo(PositionOf(line.Count));
        Write("\r\n" + Columnize(candidates) + "\r\n");
        row = 0;
        column = 0;
        Redraw();
    }

    private static string CommonPrefix(List<string> words)
    {
        if (words.Count == 0)
        {
            return "";
        }

        var prefix = words[0];
        foreach (var word in words.Skip(1))
        {
            var n = 0;
            while (n < prefix.Length && n < word.Length && prefix[n] == word[n])
            {
                n++;
            }

            prefix = prefix[..n];
        }

        return prefix;
    }

    /// <summary>Candidates in columns, sorted down each column as bash lists them.</summary>
    private string Columnize(List<string> candidates)
    {
        candidates.Sort(StringComparer.Ordinal);
        var cell = candidates.Max(DisplayWidth.Of) + 2;
        var perRow = Math.Max(1, Columns / cell);
        var rows = (candidates.Count + perRow - 1) / perRow;
        var lines = new List<string>();
        for (var r = 0; r < rows; r++)
        {
            var cells = Enumerable.Range(0, perRow).Select(c => c * rows + r).Where(i => i < candidates.Count)
                .Select(i => candidates[i] + new string(' ', cell - DisplayWidth.Of(candidates[i])));
            lines.Add(string.Concat(cells).TrimEnd());
        }

        return string.Join("\r\n", lines);
    }
}
