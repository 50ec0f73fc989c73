using System.Net;

namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>A machine's network stack as `ip`, `ifconfig`, `ping` and `nslookup` see it.</summary>
public interface INetworkStackView
{
    /// <summary>Links in index order, lo first.</summary>
    IReadOnlyList<LinkInfo> Links { get; }

    IReadOnlyList<RouteInfo> Routes { get; }

    /// <summary>The resolver this machine uses (127.0.0.11 on user-defined networks).</summary>
    IReadOnlyList<IPAddress> Nameservers { get; }

    /// <summary>
    /// Resolves a name through the machine's DNS server (Docker's embedded DNS at 127.0.0.11, or
    /// the host's resolver, which knows no container). /etc/hosts is not consulted: nslookup
    /// asks DNS only; programs that use the C library's resolver read it first (busybox's
    /// ping, hostname -i).
    /// </summary>
    IPAddress? Resolve(string name);

    /// <summary>Every address DNS answers for the name (several when containers share an alias).</summary>
    IReadOnlyList<IPAddress> ResolveAll(string name) => Resolve(name) is { } address ? [address] : [];

    /// <summary>What an ICMP echo from this machine to the address gets back.</summary>
    ProbeResult Probe(IPAddress destination);
}

public enum ProbeResult
{
    /// <summary>An echo reply comes back.</summary>
    Reply,

    /// <summary>The packet leaves but nothing answers (isolated networks): ping times out.</summary>
    NoReply,

    /// <summary>No route: sendto fails with "Network unreachable".</summary>
    NetworkUnreachable,
}
