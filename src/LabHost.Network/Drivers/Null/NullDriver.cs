using LabHost.Network.DriverApi;

namespace LabHost.Network.Drivers.Null;

/// <summary>The null driver: a container on "none" has only its loopback; one network only.</summary>
public sealed class NullDriver : IDriver
{
    public string NetworkType => "null";

    public string DefaultScope => Scope.Local;

    public void CreateNetwork(DriverContext context, Network network) =>
        SingleInstance.Check(context, network, "null");

    public void DeleteNetwork(DriverContext context, Network network)
    {
    }
}
