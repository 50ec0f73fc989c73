using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Simulated.Fuzz;

/// <summary>What the fuzzed lines did, to see that the grammar reaches past the usage errors.</summary>
public sealed partial class FuzzStats
{
    private readonly Dictionary<int, int> exitStatuses = [];
    private int lines;
    private TimeSpan total;
    private TimeSpan slowest;
    private string slowestLine = "";

    /// <summary>Lines over the budget whose replay was within it (a JIT or GC pause).</summary>
    public List<string> Replays { get; } = [];

    public void Replayed(string description) => Replays.Add(description);

    public void Add(string transcript, TimeSpan elapsed, string line)
    {
        lines++;
        total += elapsed;
        var match = ExitStatus().Match(transcript);
        var status = match.Success ? int.Parse(match.Groups[1].ValueSpan, null) : 0;
        exitStatuses[status] = exitStatuses.GetValueOrDefault(status) + 1;
        if (elapsed > slowest)
        {
            (slowest, slowestLine) = (elapsed, line);
        }
    }

    public override string ToString() =>
        $"{lines} lines, mean {total.TotalMilliseconds / Math.Max(1, lines):0.000} ms, slowest {slowest.TotalMilliseconds:0.0} ms " +
        $"({(slowestLine.Length > 80 ? slowestLine[..80] + "..." : slowestLine)}); exit statuses " +
        string.Join(", ", exitStatuses.OrderByDescending(p => p.Value).Select(p => $"{p.Key}: {p.Value}")) +
        $"; {Replays.Count} replayed after a pause" + string.Concat(Replays.Select(r => "\n  " + r));

    [GeneratedRegex(@"\[exit (\d+)\]\n\z")]
    private static partial Regex ExitStatus();
}
