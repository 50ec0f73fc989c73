namespace LabHost.Network;

public sealed class NetworkControllerTests
{
    [Fact]
    public void Join_AfterDisconnect_InterfaceNamesAreNotReused()
    {
        var controller = new NetworkController();
        var a = controller.CreateNetwork(new NetworkConfig { Name = "a" });
        var b = controller.CreateNetwork(new NetworkConfig { Name = "b" });
        var c = controller.CreateNetwork(new NetworkConfig { Name = "c" });
        var sandbox = controller.NewSandbox("container");

        controller.Join(sandbox, a, "box", new EndpointOptions());
        var second = controller.Join(sandbox, b, "box", new EndpointOptions());
        controller.Leave(second);
        var third = controller.Join(sandbox, c, "box", new EndpointOptions());

        Assert.Equal("eth2", third.InterfaceName);
    }

    [Fact]
    public void Join_Address_MacIsDerivedFromIp()
    {
        var controller = new NetworkController();
        var network = controller.CreateNetwork(new NetworkConfig
        {
            Name = "user-network",
            IpamConfigs = [new IpamConfig { Subnet = "10.0.42.0/24", IpRange = "10.0.42.128/25" }],
        });

        var endpoint = controller.Join(controller.NewSandbox("x"), network, "network-explorer", new EndpointOptions());

        Assert.Equal("10.0.42.129/24", endpoint.Address);
        Assert.Equal("02:42:0a:00:2a:81", endpoint.MacAddress);
    }

    [Fact]
    public void DeleteNetwork_WithEndpoints_FailsWithActiveEndpoints()
    {
        var controller = new NetworkController();
        var network = controller.CreateNetwork(new NetworkConfig { Name = "busy" });
        controller.Join(controller.NewSandbox("x"), network, "box", new EndpointOptions());

        var e = Assert.Throws<NetworkException>(() => controller.DeleteNetwork(network));

        Assert.Contains("has active endpoints", e.Message);
    }

    [Fact]
    public void ResolveName_OnlyOnUserDefinedNetworksAndSameNetwork()
    {
        var controller = new NetworkController();
        var user = controller.CreateNetwork(new NetworkConfig { Name = "user" });
        var other = controller.CreateNetwork(new NetworkConfig { Name = "other" });
        var alpha = controller.NewSandbox("alpha");
        var bravo = controller.NewSandbox("bravo");
        var charlie = controller.NewSandbox("charlie");
        controller.Join(alpha, user, "alpha", new EndpointOptions());
        var bravoEndpoint = controller.Join(bravo, user, "bravo", new EndpointOptions());
        controller.Join(charlie, other, "charlie", new EndpointOptions());

        Assert.Equal(bravoEndpoint.IPv4, controller.ResolveName(alpha, "bravo"));
        Assert.Null(controller.ResolveName(alpha, "charlie"));
        Assert.Equal(Reach.NoReply, controller.Probe(alpha, controller.EndpointsOf(charlie).Single().IPv4!));
    }

    [Fact]
    public void ResolveAllNames_SharedAlias_AnswersEveryContainer()
    {
        var controller = new NetworkController();
        var network = controller.CreateNetwork(new NetworkConfig { Name = "app" });
        var first = controller.Join(controller.NewSandbox("web1"), network, "web1", new EndpointOptions { Aliases = ["web"] });
        var second = controller.Join(controller.NewSandbox("web2"), network, "web2", new EndpointOptions { Aliases = ["web"] });
        var client = controller.NewSandbox("client");
        controller.Join(client, network, "client", new EndpointOptions());

        Assert.Equal([first.IPv4!, second.IPv4!], controller.ResolveAllNames(client, "web"));
        Assert.Equal([first.IPv4!], controller.ResolveAllNames(client, "web1.app"));
    }

    [Fact]
    public void DeleteNetwork_VlanParentTheDriverMade_RemovesItAndKeepsEth0()
    {
        var controller = new NetworkController();
        var config = new NetworkConfig
        {
            Name = "ipvlan-net",
            NetworkType = "ipvlan",
            Options = new Dictionary<string, string> { ["parent"] = "eth0.10", ["ipvlan_mode"] = "l2" },
            IpamConfigs = [new IpamConfig { Subnet = "192.168.110.0/24" }],
        };
        var network = controller.CreateNetwork(config);
        var vlan = controller.Kernel.HostLink("eth0.10");

        controller.DeleteNetwork(network);

        Assert.Equal(controller.Kernel.HostLink("eth0")!.Index, vlan!.ParentIndex);
        Assert.Null(controller.Kernel.HostLink("eth0.10"));
        Assert.NotNull(controller.Kernel.HostLink("eth0"));
        controller.CreateNetwork(config);
        Assert.NotNull(controller.Kernel.HostLink("eth0.10"));
    }
}
