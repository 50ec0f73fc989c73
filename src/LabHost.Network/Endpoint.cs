using System.Net;
using System.Text.Json.Serialization;

namespace LabHost.Network;

/// <summary>
/// An endpoint (CNM): one container's attachment to one network, with its address, MAC and the
/// name of its interface inside the sandbox.
/// </summary>
public sealed class Endpoint
{
    public required string Id { get; set; }

    /// <summary>The container's name, as Docker names the endpoint.</summary>
    public required string Name { get; set; }

    public required string NetworkId { get; set; }

    public required string SandboxId { get; set; }

    /// <summary>IPv4 address with the network's prefix length, e.g. "10.0.42.129/24"; null on host/none.</summary>
    public string? Address { get; set; }

    public string? MacAddress { get; set; }

    /// <summary>True when the user asked for this address (--ip): it is kept across restarts.</summary>
    public bool AddressIsStatic { get; set; }

    public List<string> Aliases { get; set; } = [];

    /// <summary>Name inside the sandbox (eth0, eth1 ...); null for host/none.</summary>
    public string? InterfaceName { get; set; }

    /// <summary>Link index inside the sandbox, and of the host-side veth peer (if any).</summary>
    public int InterfaceIndex { get; set; }

    public int? PeerIndex { get; set; }

    /// <summary>The host-side veth name (vethXXXXXXX) of a bridge endpoint.</summary>
    public string? HostVethName { get; set; }

    // Derived from Address; IPAddress has no JSON form (and Address is what is saved).
    [JsonIgnore]
    public IPAddress? IPv4 => Address is null ? null : IPAddress.Parse(Address[..Address.IndexOf('/')]);

    [JsonIgnore]
    public int PrefixLength => Address is null ? 0 : int.Parse(Address[(Address.IndexOf('/') + 1)..]);
}
