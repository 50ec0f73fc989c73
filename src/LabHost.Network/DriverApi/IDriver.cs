namespace LabHost.Network.DriverApi;

/// <summary>
/// What a network driver must implement (libnetwork's driverapi, cut to what a simulated kernel
/// needs). Optional abilities live in their own interfaces (<see cref="IEndpointPlumber"/>).
/// </summary>
public interface IDriver
{
    string NetworkType { get; }

    /// <summary>The scope a network of this driver has when --scope is not given.</summary>
    string DefaultScope { get; }

    /// <summary>Validates the driver options and builds whatever the host needs (a bridge ...).</summary>
    void CreateNetwork(DriverContext context, Network network);

    void DeleteNetwork(DriverContext context, Network network);
}
