using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Docker.Snapshots;

/// <summary>
/// Interfaces by name, read inside each container's network namespace. Chosen over `docker exec
/// CONTAINER ip` because it needs nothing in the learner's image and runs no process in the
/// learner's containers: one exec in the workspace container runs, for every sandbox key the
/// inner engine reports, `nsenter --net=KEY ip -o link` and `ip -o -4 addr` (busybox applets).
/// </summary>
internal static partial class SandboxInterfaces
{
    public const string Marker = "@@sandbox ";

    /// <summary>The shell script for the keys (which the inner engine made: /var/run/docker/netns/...).</summary>
    public static string Script(IEnumerable<string> keys)
    {
        var sb = new StringBuilder();
        foreach (var key in keys)
        {
            if (!SafeKey().IsMatch(key))
            {
                continue;
            }

            sb.Append($"echo '{Marker}{key}'; nsenter --net='{key}' ip -o link 2>/dev/null; nsenter --net='{key}' ip -o -4 addr 2>/dev/null; ");
        }

        return sb.Append("true").ToString();
    }

    public static Dictionary<string, IReadOnlyList<SandboxInterface>> Parse(string output)
    {
        var result = new Dictionary<string, IReadOnlyList<SandboxInterface>>();
        string? key = null;
        var macs = new Dictionary<string, string>();
        var addresses = new Dictionary<string, (IPAddress, int)>();
        var order = new List<string>();

        void Flush()
        {
            if (key is not null)
            {
                result[key] = [.. order.Where(n => n != "lo").OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
                    .Select(n => new SandboxInterface(n, macs.GetValueOrDefault(n), addresses.TryGetValue(n, out var a) ? a.Item1 : null, addresses.TryGetValue(n, out var b) ? b.Item2 : 0))];
            }

            macs.Clear();
            addresses.Clear();
            order.Clear();
        }

        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                Flush();
                key = line[Marker.Length..].Trim();
            }
            else if (Link().Match(line) is { Success: true } link)
            {
                var name = link.Groups["name"].Value;
                order.Add(name);
                if (link.Groups["mac"].Success)
                {
                    macs[name] = link.Groups["mac"].Value;
                }
            }
            else if (Address().Match(line) is { Success: true } address && !addresses.ContainsKey(address.Groups["name"].Value))
            {
                addresses[address.Groups["name"].Value] = (IPAddress.Parse(address.Groups["ip"].Value), int.Parse(address.Groups["prefix"].Value));
            }
        }

        Flush();
        return result;
    }

    [GeneratedRegex("^/var/run/docker/netns/[0-9a-zA-Z_.-]+$")]
    private static partial Regex SafeKey();

    /// <summary>"5: eth0@if6: &lt;...&gt; ... link/ether 02:42:0a:00:2a:81 brd ..."</summary>
    [GeneratedRegex("^\\d+: (?<name>[^:@\\s]+)(@[^:]+)?: <[^>]*>(?:.*?link/\\S+ (?<mac>[0-9a-f]{2}(?::[0-9a-f]{2}){5}))?")]
    private static partial Regex Link();

    /// <summary>"5: eth0    inet 10.0.42.129/24 brd ..."</summary>
    [GeneratedRegex("^\\d+: (?<name>\\S+)\\s+inet (?<ip>[0-9.]+)/(?<prefix>\\d+)")]
    private static partial Regex Address();
}
