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
    /// aliases of endpoints on the user-defined networks the sandbox is on. Null when unknown.
    /// </summary>
    public IPAddress? ResolveName(Sandbox sandbox, string name)
    {
        if (!UsesEmbeddedDns(sandbox))
        {
            return null;
        }

        foreach (var own in EndpointsOf(sandbox))
        {
            var network = NetworkById(own.NetworkId)!;
            if (!network.IsUserDefined)
            {
                continue;
            }

            var match = network.Endpoints.FirstOrDefault(e => e.IPv4 is not null &&
                (string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) ||
                 e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)));
            if (match?.IPv4 is { } address)
            {
                return address;
            }
        }

        return null;
    }
}
