using System.Net;

namespace LabHost.Network;

/// <summary>
/// The simulated host's own interfaces: lo, eth0 on 10.0.2.15/24 (a NAT'd VM, as the reference
/// engine's network namespace is set up) and the default networks' docker0.
/// </summary>
public static class HostStack
{
    public const string HostAddress = "10.0.2.15/24";
    public const string HostGateway = "10.0.2.2";
    public const string HostMac = "52:54:00:12:34:56";

    public static IPAddress Address => IPAddress.Parse(HostAddress[..HostAddress.IndexOf('/')]);

    internal static void Initialize(NetworkController controller)
    {
        var lo = controller.Kernel.Add("lo", LinkType.Loopback);
        lo.Mtu = 65536;
        lo.Addresses.Add("127.0.0.1/8");
        var eth0 = controller.Kernel.Add("eth0", LinkType.Ether);
        eth0.MacAddress = HostMac;
        eth0.Addresses.Add(HostAddress);
    }
}
