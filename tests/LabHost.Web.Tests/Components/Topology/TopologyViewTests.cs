using Bunit;
using LabHost.Web.Localization;

namespace LabHost.Web.Components.Topology;

public class TopologyViewTests : BunitContext
{
    [Fact]
    public void Render_ConnectedContainer_DrawsEth1OnTheSecondNetwork()
    {
        var view = Render<TopologyView>(p => p.Add(c => c.Snapshot, Snapshots.ExplorerOnTwoNetworks()).Add(c => c.Text, UiText.English));

        Assert.Contains("10.0.43.129/24", view.Find("[data-interface='network-explorer/eth1']").TextContent);
        Assert.Equal(3, view.FindAll("g[data-network]").Count);
        Assert.Contains("network-explorer eth1 10.0.43.129/24", view.Find("desc").TextContent);
    }

    [Fact]
    public void Render_NewSnapshot_Redraws()
    {
        var view = Render<TopologyView>(p => p.Add(c => c.Snapshot, Snapshots.Fresh()).Add(c => c.Text, UiText.Korean));
        Assert.Empty(view.FindAll("g[data-container]"));

        view.Render(p => p.Add(c => c.Snapshot, Snapshots.ExplorerOnTwoNetworks()));

        Assert.Single(view.FindAll("g[data-container='network-explorer']"));
    }
}
