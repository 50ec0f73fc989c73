using LabHost.Web.Topology;

namespace LabHost.Web.Topology;

public class TopologyLayoutTests
{
    [Fact]
    public void From_FreshWorkspace_DrawsTheDefaultBridgeOnly()
    {
        var layout = TopologyLayout.From(Snapshots.Fresh());

        var network = Assert.Single(layout.Networks);
        Assert.Equal(("bridge", "docker0"), (network.Name, network.Device));
        Assert.Empty(layout.Containers);
        Assert.Empty(layout.Links);
    }

    [Fact]
    public void From_ContainerOnTwoNetworks_OneLinkPerInterfaceToItsNetworkBar()
    {
        var layout = TopologyLayout.From(Snapshots.ExplorerOnTwoNetworks());

        Assert.Equal(["bridge", "user-network", "user-network2"], layout.Networks.Select(n => n.Name));
        var container = Assert.Single(layout.Containers);
        Assert.Equal(2, layout.Links.Count);
        var eth1 = layout.Links.Single(l => l.Interface == "eth1");
        var bar = layout.Networks.Single(n => n.Name == "user-network2");
        Assert.Equal(("10.0.43.129/24", "veth"), (eth1.Address, eth1.Kind));
        Assert.Equal(bar.Y, eth1.Bottom);
        Assert.Equal(container.Y + container.Height, eth1.Top);
        Assert.InRange(eth1.X, container.X, container.X + container.Width);
        Assert.StartsWith("br-", bar.Device);
    }

    [Fact]
    public void From_SameSnapshot_SameLayout()
    {
        var snapshot = Snapshots.ExplorerOnTwoNetworks();

        Assert.Equal(TopologyLayout.From(snapshot).Describe(), TopologyLayout.From(snapshot).Describe());
        Assert.Contains("network-explorer eth0 10.0.42.129/24 → user-network (veth)", TopologyLayout.From(snapshot).Describe());
    }
}
