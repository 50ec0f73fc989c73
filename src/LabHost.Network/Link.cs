namespace LabHost.Network;

/// <summary>
/// A network interface of the simulated kernel, on the host or inside a sandbox. Indexes come
/// from one counter, as ifindexes do when Docker creates veth pairs and moves one end.
/// </summary>
public sealed class Link
{
    public required int Index { get; set; }

    public required string Name { get; set; }

    public required LinkType Type { get; set; }

    public string MacAddress { get; set; } = "00:00:00:00:00:00";

    public int Mtu { get; set; } = 1500;

    /// <summary>The sandbox this link lives in; null for the host.</summary>
    public string? SandboxId { get; set; }

    public string? Master { get; set; }

    public int? PeerIndex { get; set; }

    /// <summary>The parent link's index (macvlan, ipvlan, vlan).</summary>
    public int? ParentIndex { get; set; }

    /// <summary>IPv4 addresses in CIDR form ("10.0.42.129/24").</summary>
    public List<string> Addresses { get; set; } = [];

    public bool AdminUp { get; set; } = true;
}

public enum LinkType
{
    Loopback,
    Ether,
    Dummy,
    Bridge,
    Veth,
    Macvlan,
    Ipvlan,
    Vxlan,
}
