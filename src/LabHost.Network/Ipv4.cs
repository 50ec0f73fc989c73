using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace LabHost.Network;

/// <summary>IPv4 arithmetic on addresses and networks.</summary>
public static class Ipv4
{
    public static uint ToUInt32(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    public static IPAddress FromUInt32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return new IPAddress(bytes);
    }

    public static bool IsV4(IPAddress address) => address.AddressFamily == AddressFamily.InterNetwork;

    /// <summary>Number of addresses in the network (2^(32-prefix)).</summary>
    public static ulong Size(IPNetwork network) => 1UL << (32 - network.PrefixLength);

    public static uint First(IPNetwork network) => ToUInt32(network.BaseAddress);

    public static uint Last(IPNetwork network) => (uint)(First(network) + Size(network) - 1);

    public static IPAddress Broadcast(IPNetwork network) => FromUInt32(Last(network));

    public static bool Overlaps(IPNetwork a, IPNetwork b) => a.Contains(b.BaseAddress) || b.Contains(a.BaseAddress);

    /// <summary>Parses "a.b.c.d/n" the way Go's net.ParseCIDR does: the host bits are dropped.</summary>
    public static bool TryParseCidr(string text, out IPAddress address, out IPNetwork network)
    {
        address = IPAddress.None;
        network = default;
        var slash = text.IndexOf('/');
        if (slash <= 0 || !TryParseStrict(text[..slash], out address) ||
            !int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, null, out var prefix) ||
            prefix > 32 || text.Length - slash - 1 > 2)
        {
            return false;
        }

        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        network = new IPNetwork(FromUInt32(ToUInt32(address) & mask), prefix);
        return true;
    }

    /// <summary>Dotted-quad IPv4 only, as Go's net.ParseIP accepts it (no "1.2.3", no hex).</summary>
    public static bool TryParseStrict(string text, out IPAddress address)
    {
        address = IPAddress.None;
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            var p = parts[i];
            if (p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit) || (p.Length > 1 && p[0] == '0') ||
                !byte.TryParse(p, out bytes[i]))
            {
                return false;
            }
        }

        address = new IPAddress(bytes);
        return true;
    }
}
