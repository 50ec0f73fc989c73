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

    /// <summary>Resolves a name the way the machine's resolver would: /etc/hosts, then DNS.</summary>
    IPAddress? Resolve(string name);

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
