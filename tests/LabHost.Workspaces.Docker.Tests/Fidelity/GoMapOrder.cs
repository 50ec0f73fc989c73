using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Docker.Fidelity;

/// <summary>
/// Real Docker prints a label map (`{{.Labels}}` in `docker network ls --format`) in Go's random
/// map order, so two real engines disagree from run to run: the pairs of such a list are sorted
/// on both sides before comparing. (The simulated workspace prints one fixed order.)
/// </summary>
public static partial class GoMapOrder
{
    public static string Normalize(string transcript) =>
        PairList().Replace(transcript, m => m.Groups["head"].Value + string.Join(',', m.Groups["list"].Value.Split(',').Order(StringComparer.Ordinal)));

    [GeneratedRegex("(?m)^(?<head>[^:\\n=]*: )?(?<list>[\\w.-]+=[^,\\n]*(?:,[\\w.-]+=[^,\\n]*)+)$")]
    private static partial Regex PairList();
}
