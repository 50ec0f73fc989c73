namespace LabHost.Network.Drivers.Macvlan;

/// <summary>macvlan: each endpoint is a sub-interface of the parent with its own MAC.</summary>
public sealed class MacvlanDriver : UnderlayDriver
{
    public override string NetworkType => "macvlan";

    protected override string ModeOption => "macvlan_mode";

    protected override IReadOnlyList<string> Modes { get; } = ["bridge", "private", "vepa", "passthru"];

    protected override LinkType SubInterfaceType => LinkType.Macvlan;

    protected override string InvalidModeMessage(string mode) =>
        $"requested macvlan mode '{mode}' is not valid, 'bridge' mode is the macvlan driver default";
}
