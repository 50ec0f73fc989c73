using LabHost.Grading.Parsing;

namespace LabHost.Grading;

/// <summary>One case of a grading table: commands typed, quiz answers, one check, the expected result.</summary>
public sealed record GradingCase(string Title, IReadOnlyList<string> Commands, int StepFirstCommand, IReadOnlyDictionary<string, string> Answers, CheckInput Check, bool Passed, string En, string Ko)
{
    public override string ToString() => Title;

    /// <summary>Reads the "## title / $ command / step-start / answer: / check: / passed: / en: / ko:" format.</summary>
    public static IEnumerable<GradingCase> Read(string text)
    {
        foreach (var block in text.Split("\n## ").Select(b => b.TrimStart('#', ' ')).Where(b => b.Split('\n').Any(l => l.StartsWith("check: ", StringComparison.Ordinal))))
        {
            var lines = block.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            string Field(string name) => lines.First(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];
            var answers = lines.Where(l => l.StartsWith("answer: ", StringComparison.Ordinal))
                .Select(l => l[8..].Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            var marker = lines.IndexOf("step-start");
            yield return new GradingCase(
                lines[0],
                lines.Where(l => l.StartsWith("$ ", StringComparison.Ordinal)).Select(l => l[2..]).ToList(),
                marker < 0 ? 0 : lines.Take(marker).Count(l => l.StartsWith("$ ", StringComparison.Ordinal)),
                answers,
                ParseCheck(Field("check")),
                bool.Parse(Field("passed")),
                Field("en"),
                Field("ko"));
        }
    }

    private static CheckInput ParseCheck(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var word in words.Skip(1))
        {
            var (key, value) = (word[..word.IndexOf('=')], word[(word.IndexOf('=') + 1)..]);
            if (key.Contains('.'))
            {
                var (map, entry) = (key[..key.IndexOf('.')], key[(key.IndexOf('.') + 1)..]);
                var dict = (Dictionary<string, object?>)(parameters.TryGetValue(map, out var existing) ? existing! : parameters[map] = new Dictionary<string, object?>());
                dict[entry] = value;
            }
            else
            {
                parameters[key] = value.Contains(',') ? value.Split(',').Cast<object?>().ToList() : value;
            }
        }

        return new CheckInput(words[0], parameters);
    }
}
