namespace LabHost.Network.DriverApi;

/// <summary>A driver that gives a joining endpoint an interface (all but host and null).</summary>
public interface IEndpointPlumber
{
    /// <summary>Creates the sandbox-side interface (and any host-side peer) for the endpoint.</summary>
    void Join(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox);

    void Leave(DriverContext context, Network network, Endpoint endpoint, Sandbox sandbox);
}
