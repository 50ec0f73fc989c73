using System.Net;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

public sealed class IpAppletTests
{
    private static async Task<string> RunAsync(IpApplet applet, params string[] args)
    {
        var stdout = new StringWriter();
        await applet.RunAsync(new ProcessContext
        {
            Args = ["ip", .. args],
            Stdin = TextReader.Null,
            Stdout = stdout,
            Stderr = new StringWriter(),
            Machine = new FakeMachine(new FakeNetworkStack()),
        });
        return stdout.ToString();
    }

    [Fact]
    public async Task RunAsync_AlpineBuild_PrintsOperState()
    {
        var output = await RunAsync(new IpApplet(IpDialect.Busybox, BusyboxBuild.Alpine), "link", "show", "lo");

        Assert.StartsWith("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Iproute2Route_PrintsProtoKernelWithSingleSpaces()
    {
        var output = await RunAsync(new IpApplet(IpDialect.Iproute2, BusyboxBuild.Alpine), "route");

        Assert.Equal(
            "default via 10.0.42.128 dev eth0 \n"
            + "10.0.42.0/24 dev eth0 proto kernel scope link src 10.0.42.129 \n"
            + "10.0.43.0/24 dev eth1 proto kernel scope link src 10.0.43.129 \n",
            output);
    }

    [Fact]
    public async Task RunAsync_Iproute2Addr_PrintsGroupDefaultAndNoMasterDown()
    {
        var output = await RunAsync(new IpApplet(IpDialect.Iproute2, BusyboxBuild.Alpine), "addr", "show", "eth0");

        Assert.StartsWith(
            "2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000\n"
            + "    link/ether 02:42:0a:00:2a:81 brd ff:ff:ff:ff:ff:ff\n",
            output);
    }

    [Fact]
    public void FromMac_DockerMac_GivesEui64LinkLocal()
    {
        Assert.Equal(IPAddress.Parse("fe80::42:aff:fe00:2a81"), Ipv6LinkLocal.FromMac("02:42:0a:00:2a:81"));
    }
}
