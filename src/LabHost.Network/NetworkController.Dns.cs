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
    public IPAddress? ResolveName(Sandbox sandbox, string name)
    {
        if (!UsesEmbeddedDns(sandbox))
        {
            return null;
        }

        if (ResolveOn(sandbox, name, null) is { } address)
        {
            return address;
        }

        for (var dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
        {
            if (ResolveOn(sandbox, name[..dot], name[(dot + 1)..]) is { } qualified)
            {
                return qualified;
            }
        }

        return null;
    }

    private IPAddress? ResolveOn(Sandbox sandbox, string name, string? networkName)
    {
        foreach (var own in EndpointsOf(sandbox))
        {
            var network = NetworkById(own.NetworkId)!;
            if (!network.IsUserDefined ||
                (networkName is not null && !string.Equals(network.Name, networkName, StringComparison.OrdinalIgnoreCase)))
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
