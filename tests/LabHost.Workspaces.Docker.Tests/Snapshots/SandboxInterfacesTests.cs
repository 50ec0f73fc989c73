using System.Net;

namespace LabHost.Workspaces.Docker.Snapshots;

public sealed class SandboxInterfacesTests
{
    private const string Output =
        "@@sandbox /var/run/docker/netns/7c0f666df67c\n" +
        "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n" +
        "5: eth0@if6: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \\    link/ether 02:42:0a:00:2a:81 brd ff:ff:ff:ff:ff:ff\n" +
        "9: eth1@if10: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \\    link/ether 02:42:0a:00:2b:81 brd ff:ff:ff:ff:ff:ff\n" +
        "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n" +
        "9: eth1    inet 10.0.43.129/24 brd 10.0.43.255 scope global eth1\\       valid_lft forever preferred_lft forever\n" +
        "5: eth0    inet 10.0.42.129/24 brd 10.0.42.255 scope global eth0\\       valid_lft forever preferred_lft forever\n" +
        "@@sandbox /var/run/docker/netns/default\n";

    [Fact]
    public void Parse_IpOutput_GivesInterfacesByNameWithMacAndAddress()
    {
        var sandboxes = SandboxInterfaces.Parse(Output);

        Assert.Equal(
            [
                new SandboxInterface("eth0", "02:42:0a:00:2a:81", IPAddress.Parse("10.0.42.129"), 24),
                new SandboxInterface("eth1", "02:42:0a:00:2b:81", IPAddress.Parse("10.0.43.129"), 24),
            ],
            sandboxes["/var/run/docker/netns/7c0f666df67c"]);
        Assert.Empty(sandboxes["/var/run/docker/netns/default"]);
    }

    [Fact]
    public void Script_UnexpectedKey_IsLeftOut()
    {
        var script = SandboxInterfaces.Script(["/var/run/docker/netns/abc", "/tmp/x'; rm -rf /; '"]);

        Assert.Contains("/var/run/docker/netns/abc", script);
        Assert.DoesNotContain("rm -rf", script);
    }
}
