using System.Net;
using System.Net.Sockets;

namespace LabHost.Network;

/// <summary>CIDR and address parsing for both families, as Go's net.ParseCIDR and net.ParseIP accept them.</summary>
public static class Cidr
{
    public static bool TryParse(string text, out IPAddress address, out IPNetwork network)
    {
        if (!text.Contains(':'))
        {
            return Ipv4.TryParseCidr(text, out address, out network);
        }

        address = IPAddress.None;
        network = default;
        var slash = text.IndexOf('/');
        if (slash <= 0 || !IPAddress.TryParse(text[..slash], out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6 ||
            !int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, null, out var prefix) || prefix > 128)
        {
            return false;
        }

        address = parsed;
        network = new IPNetwork(Mask(parsed, prefix), prefix);
        return true;
    }

    public static bool TryParseAddress(string text, out IPAddress address)
    {
        if (!text.Contains(':'))
        {
            return Ipv4.TryParseStrict(text, out address);
        }

        return IPAddress.TryParse(text, out address!) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private static IPAddress Mask(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        return new IPAddress(bytes);
    }
}
