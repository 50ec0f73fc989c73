using System.Globalization;
using System.Net;

namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>
/// The fe80::/64 address the kernel gives a link from its MAC (modified EUI-64, RFC 4291):
/// flip the universal/local bit and put ff:fe in the middle, so 02:42:0a:00:2a:81 becomes
/// fe80::42:aff:fe00:2a81. Docker 20.10-era containers show it even on IPv4-only networks.
/// </summary>
public static class Ipv6LinkLocal
{
    public static IPAddress FromMac(string mac)
    {
        var octets = mac.Split(':').Select(o => byte.Parse(o, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
        if (octets.Length != 6)
        {
            throw new ArgumentException($"not a MAC address: {mac}", nameof(mac));
        }

        var bytes = new byte[16];
        bytes[0] = 0xfe;
        bytes[1] = 0x80;
        bytes[8] = (byte)(octets[0] ^ 0x02);
        bytes[9] = octets[1];
        bytes[10] = octets[2];
        bytes[11] = 0xff;
        bytes[12] = 0xfe;
        bytes[13] = octets[3];
        bytes[14] = octets[4];
        bytes[15] = octets[5];
        return new IPAddress(bytes);
    }

    /// <summary>The address as a link lists it: fe80::…/64 scope link.</summary>
    public static AddressInfo For(string mac) => new(FromMac(mac), 64, null, "link");
}
