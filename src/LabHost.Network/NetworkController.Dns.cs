using System.Net;

namespace LabHost.Network;

public sealed partial class NetworkController
{
    /// <summary>True when Docker gives the sandbox its embedded DNS server (127.0.0.11).</summary>
    public bool UsesEmbeddedDns(Sandbox sandbox) =>
        EndpointsOf(sandbox).Any(e => NetworkById(e.NetworkId) is { IsUserDefined: true } n &&
            n.NetworkType is not ("host" or "null"));

    /// <summary>
    /// Resolves a name as the embedded DNS server does for this sandbox: container names and
    /// aliases of endpoints on the user-defined networks the sandbox is on, case-insensitively.
    /// Like libnetwork's Sandbox.ResolveName, "name.net" also finds name on the network "net"
    /// (the name is split at each dot from the right). Null when unknown.
    /// </summary>
    public IPAddress? ResolveName(Sandbox sandbox, string name) => ResolveAllNames(sandbox, name).FirstOrDefault();

    /// <summary>
    /// Every address the embedded DNS answers for the name: all endpoints with that name or alias
    /// on the first network that has any (an alias several containers share gives several).
    /// Docker shuffles them; the simulator keeps endpoint order.
    /// </summary>
    public IReadOnlyList<IPAddress> ResolveAllNames(Sandbox sandbox, string name)
    {
        if (!UsesEmbeddedDns(sandbox))
        {
            return [];
        }

        if (ResolveOn(sandbox, name, null) is { Count: > 0 } addresses)
        {
            return addresses;
        }

        for (var dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
        {
            if (ResolveOn(sandbox, name[..dot], name[(dot + 1)..]) is { Count: > 0 } qualified)
            {
                return qualified;
            }
        }

        return [];
    }

    private List<IPAddress> ResolveOn(Sandbox sandbox, string name, string? networkName)
    {
        foreach (var own in EndpointsOf(sandbox))
        {
            var network = NetworkById(own.NetworkId)!;
            if (!network.IsUserDefined ||
                (networkName is not null && !string.Equals(network.Name, networkName, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var matches = network.Endpoints.Where(e => e.IPv4 is not null &&
                (string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) ||
                 e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase))).Select(e => e.IPv4!).ToList();
            if (matches.Count > 0)
            {
                return matches;
            }
        }

        return [];
    }
}
