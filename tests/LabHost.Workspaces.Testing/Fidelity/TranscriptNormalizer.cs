using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Testing.Fidelity;

/// <summary>
/// Normalises what legitimately differs between two engines running the same script: object ids,
/// swarm ids and tokens, interface indexes, ping timings, timestamps, "N seconds ago" durations
/// (and the table padding they change), interface packet counters, and the order of nslookup's
/// A and AAAA answer blocks (busybox prints the replies as they arrive, and Docker's embedded
/// DNS answers the two queries in either order).
/// </summary>
public static partial class TranscriptNormalizer
{
    public static string Normalize(string transcript)
    {
        var text = Id64().Replace(transcript, "<id>");
        text = Id12().Replace(text, "<id12>");
        text = SwarmToken().Replace(text, "SWMTKN-<token>");
        text = SwarmId().Replace(text, "<id>");
        text = SwarmShortId().Replace(text, "<id12>$1");
        text = SwarmNode().Replace(text, "current node (<node>)");
        text = LinkIndex().Replace(text, "N: ");
        text = PeerIndex().Replace(text, "@ifN");
        text = PingTime().Replace(text, "time=<t> ms");
        text = RoundTrip().Replace(text, "round-trip min/avg/max = <t>");
        text = Rfc3339().Replace(text, "<time>");
        text = GoTime().Replace(text, "<time>");
        text = Duration().Replace(text, "<duration>");
        text = Counters().Replace(text, "$1:<n>");
        text = AnswerPair().Replace(text, m => string.Concat(new[] { m.Groups[1].Value, m.Groups[2].Value }.Order(StringComparer.Ordinal)));
        var lines = text.Split('\n').Select(l => l.Contains("<duration>") || l.Contains("<id12>") || l.StartsWith("CONTAINER ID") || l.StartsWith("REPOSITORY") ? Spaces().Replace(l, "  ") : l);
        return string.Join('\n', lines);
    }

    [GeneratedRegex("\\b[0-9a-f]{64}\\b")]
    private static partial Regex Id64();

    [GeneratedRegex("\\b[0-9a-f]{12}\\b")]
    private static partial Regex Id12();

    [GeneratedRegex("SWMTKN-1-[0-9a-z]+-[0-9a-z]+")]
    private static partial Regex SwarmToken();

    /// <summary>Swarm's 25-character base-36 ids (overlay networks).</summary>
    [GeneratedRegex("\\b(?=[0-9a-z]*[g-z])[0-9a-z]{25}\\b")]
    private static partial Regex SwarmId();

    /// <summary>Their 12-character form in the first column of `docker network ls`.</summary>
    [GeneratedRegex("(?m)^(?=[0-9a-z]*[g-z])[0-9a-z]{12}( {3})")]
    private static partial Regex SwarmShortId();

    [GeneratedRegex("current node \\([0-9a-z]+\\)")]
    private static partial Regex SwarmNode();

    [GeneratedRegex("(?m)^\\d+: ")]
    private static partial Regex LinkIndex();

    [GeneratedRegex("@if\\d+")]
    private static partial Regex PeerIndex();

    [GeneratedRegex("time=\\d+(\\.\\d+)? ms")]
    private static partial Regex PingTime();

    [GeneratedRegex("round-trip min/avg/max = \\S+")]
    private static partial Regex RoundTrip();

    [GeneratedRegex("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z")]
    private static partial Regex Rfc3339();

    [GeneratedRegex("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)? \\+0000 UTC")]
    private static partial Regex GoTime();

    [GeneratedRegex("(Less than a second|About a minute|About an hour|\\d+ (second|minute|hour|day|week|month|year)s?)")]
    private static partial Regex Duration();

    [GeneratedRegex("(RX packets|TX packets|RX bytes|TX bytes|bytes):\\d+( \\([^)]*\\))?")]
    private static partial Regex Counters();

    /// <summary>Two adjacent nslookup answer blocks: "Non-authoritative answer:", Name/Address lines, a blank line.</summary>
    [GeneratedRegex("(?m)^(Non-authoritative answer:\n(?:(?:Name:\t|Address: ).*\n)*\n)(Non-authoritative answer:\n(?:(?:Name:\t|Address: ).*\n)*\n)")]
    private static partial Regex AnswerPair();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
