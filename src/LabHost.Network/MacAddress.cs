using System.Net;

namespace LabHost.Network;

/// <summary>MAC addresses as Docker 20.10 makes them.</summary>
public static class MacAddress
{
    /// <summary>02:42 followed by the four bytes of the IPv4 address (netutils.GenerateMACFromIP).</summary>
    public static string FromIp(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return $"02:42:{b[0]:x2}:{b[1]:x2}:{b[2]:x2}:{b[3]:x2}";
    }

    /// <summary>A random locally administered 02:42 address, as Docker gives bridges.</summary>
    public static string Random(Func<int, string> hex)
    {
        var h = hex(8);
        return $"02:42:{h[0..2]}:{h[2..4]}:{h[4..6]}:{h[6..8]}";
    }
}
