using System.Net;
using System.Net.Sockets;

using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>Reads /etc/hosts the way the C library's "files" source does for an IPv4 lookup.</summary>
internal static class HostsFile
{
    /// <summary>
    /// A name as getaddrinfo resolves it for an IPv4 socket: a dotted literal, then the machine's
    /// /etc/hosts ("localhost", the container's own hostname, --link names), then DNS.
    /// </summary>
    public static IPAddress? Resolve(ProcessContext context, string name)
    {
        if (IPAddress.TryParse(name, out var literal) && literal.AddressFamily == AddressFamily.InterNetwork)
        {
            return literal;
        }

        var machine = context.Machine;
        return machine.Files.TryRead("/etc/hosts", out var hosts) && Lookup(hosts, name) is { } listed
            ? listed
            : machine.Network.Resolve(name);
    }

    /// <summary>The first IPv4 address whose line lists the name (case-insensitive), or null.</summary>
    public static IPAddress? Lookup(string text, string name)
    {
        foreach (var raw in text.Split('\n'))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var fields = (hash < 0 ? raw : raw[..hash]).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 1 && IPAddress.TryParse(fields[0], out var address)
                && address.AddressFamily == AddressFamily.InterNetwork
                && fields.Skip(1).Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return address;
            }
        }

        return null;
    }
}
