namespace LabHost.Network.Drivers.Ipvlan;

/// <summary>ipvlan: sub-interfaces share the parent's MAC; modes l2 (default), l3, l3s.</summary>
public sealed class IpvlanDriver : UnderlayDriver
{
    public override string NetworkType => "ipvlan";

    protected override string ModeOption => "ipvlan_mode";

    protected override IReadOnlyList<string> Modes { get; } = ["l2", "l3", "l3s"];

    protected override LinkType SubInterfaceType => LinkType.Ipvlan;

    /// <summary>In l3 modes the parent routes: containers have no gateway, only a default dev route.</summary>
    public static bool IsL3(Network network) => network.Options.GetValueOrDefault("ipvlan_mode") is "l3" or "l3s";

    protected override string InvalidModeMessage(string mode) =>
        $"requested ipvlan mode '{mode}' is not valid, 'l2' mode is the ipvlan driver default";
}
