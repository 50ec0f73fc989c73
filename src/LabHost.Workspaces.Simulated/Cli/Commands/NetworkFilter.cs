using LabHost.Network;
using LabHost.Workspaces.Simulated.Daemon;

namespace LabHost.Workspaces.Simulated.Cli.Commands;

/// <summary>
/// `docker network ls --filter`: values of one key are alternatives, different keys must all
/// hold. Name matches a substring, id a prefix, as the daemon matches them.
/// </summary>
public static class NetworkFilter
{
    private static readonly string[] Keys = ["driver", "id", "label", "name", "scope", "type", "dangling"];

    public static IEnumerable<LabHost.Network.Network> Apply(IEnumerable<LabHost.Network.Network> networks, IReadOnlyList<string> filters)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var filter in filters)
        {
            var eq = filter.IndexOf('=');
            if (eq <= 0)
            {
                throw new DaemonException(ErrorKind.InvalidParameter, $"bad format of filter (expected name=value)");
            }

            var key = filter[..eq].ToLowerInvariant();
            if (!Keys.Contains(key))
            {
                throw new DaemonException(ErrorKind.InvalidParameter, $"Invalid filter '{key}'");
            }

            var value = filter[(eq + 1)..];
            if (key == "type" && value is not ("custom" or "builtin"))
            {
                throw new DaemonException(ErrorKind.InvalidParameter, $"invalid filter: 'type'='{value}'");
            }

            (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(value);
        }

        return networks.Where(n => byKey.All(kv => kv.Value.Any(v => Matches(n, kv.Key, v)))).ToList();
    }

    private static bool Matches(LabHost.Network.Network n, string key, string value) => key switch
    {
        "driver" => n.NetworkType == value,
        "id" => n.Id.Contains(value, StringComparison.Ordinal),
        "name" => n.Name.Contains(value, StringComparison.Ordinal),
        "scope" => n.Scope == value,
        "type" => value == "custom" ? n.IsUserDefined : n.IsPredefined,
        "dangling" => (n.Endpoints.Count == 0) == (value == "true"),
        _ => LabelMatches(n, value),
    };

    private static bool LabelMatches(LabHost.Network.Network n, string value)
    {
        var eq = value.IndexOf('=');
        return eq < 0 ? n.Labels.ContainsKey(value) : n.Labels.GetValueOrDefault(value[..eq]) == value[(eq + 1)..];
    }
}
