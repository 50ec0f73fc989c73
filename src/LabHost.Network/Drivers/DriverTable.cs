using LabHost.Network.DriverApi;
using LabHost.Network.Drivers.Bridge;
using LabHost.Network.Drivers.Host;
using LabHost.Network.Drivers.Ipvlan;
using LabHost.Network.Drivers.Macvlan;
using LabHost.Network.Drivers.Null;
using LabHost.Network.Drivers.Overlay;

namespace LabHost.Network.Drivers;

/// <summary>The built-in drivers, registered in one explicit table (as moby's drivers_linux.go).</summary>
public static class DriverTable
{
    public static IReadOnlyDictionary<string, IDriver> BuiltIn { get; } = new IDriver[]
    {
        new BridgeDriver(),
        new HostDriver(),
        new NullDriver(),
        new MacvlanDriver(),
        new IpvlanDriver(),
        new OverlayDriver(),
    }.ToDictionary(d => d.NetworkType, StringComparer.Ordinal);
}
