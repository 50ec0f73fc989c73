using LabHost.Network.DriverApi;

namespace LabHost.Network.Drivers.Host;

/// <summary>The host driver: containers share the host's network stack; one network only.</summary>
public sealed class HostDriver : IDriver
{
    public string NetworkType => "host";

    public string DefaultScope => Scope.Local;

    public void CreateNetwork(DriverContext context, Network network) =>
        SingleInstance.Check(context, network, "host");

    public void DeleteNetwork(DriverContext context, Network network)
    {
    }
}
