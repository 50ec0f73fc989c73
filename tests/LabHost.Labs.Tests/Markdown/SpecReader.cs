namespace LabHost.Labs.Markdown;

/// <summary>
/// Reads spec files the way CommonMark's spec is written: a fence of 32 backticks and the word
/// <c>example</c> (optionally followed by <c>ko</c> for the Korean page), the markdown, a line
/// with a single <c>.</c>, the HTML, and the closing fence. <c>→</c> stands for a tab.
/// </summary>
public static class SpecReader
{
    private static readonly string Fence = new('`', 32);

    public static IEnumerable<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence + " example", StringComparison.Ordinal))
            {
                continue;
            }
            var language = lines[i].EndsWith(" ko", StringComparison.Ordinal) ? "ko" : "en";
            var start = i + 1;
            var markdown = new List<string>();
            var html = new List<string>();
            var target = markdown;
            for (i++; i < lines.Length && lines[i] != Fence; i++)
            {
                if (lines[i] == "." && target == markdown)
                {
                    target = html;
                    continue;
                }
                target.Add(lines[i].Replace('→', '\t'));
            }
            yield return new SpecExample(Path.GetFileName(path), start, language, Join(markdown), Join(html));
        }
    }

    private static string Join(List<string> lines) => lines.Count == 0 ? string.Empty : string.Join('\n', lines) + "\n";
}
