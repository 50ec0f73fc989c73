using LabHost.Network.DriverApi;
using LabHost.Network.Drivers;
using LabHost.Network.Ipams.Default;

namespace LabHost.Network;

/// <summary>
/// The network engine's entry point (libnetwork's controller): networks, endpoints, sandboxes,
/// the drivers and the address manager, over one simulated kernel. All state is plain data in
/// <see cref="State"/> so a workspace can be saved and restored. Not safe for concurrent use:
/// a workspace serialises the commands that reach it.
/// </summary>
public sealed partial class NetworkController
{
    private readonly DriverContext driverContext;

    public NetworkController(NetworkState? state = null, TimeProvider? clock = null)
    {
        State = state ?? new NetworkState();
        Clock = clock ?? TimeProvider.System;
        driverContext = new DriverContext(this);
        if (state is null)
        {
            HostStack.Initialize(this);
        }
    }

    public NetworkState State { get; }

    public TimeProvider Clock { get; }

    public Kernel Kernel => State.Kernel;

    public IdGenerator Ids => State.Ids;

    public DefaultIpam Ipam => State.Ipam;

    /// <summary>Networks in creation order.</summary>
    public IReadOnlyList<Network> Networks => State.Networks;

    public IReadOnlyList<Sandbox> Sandboxes => State.Sandboxes;

    public static IDriver? Driver(string networkType) => DriverTable.BuiltIn.GetValueOrDefault(networkType);

    public Network? NetworkById(string id) => State.Networks.FirstOrDefault(n => n.Id == id);

    /// <summary>
    /// Finds a network the way the daemon does: full id, then exact name, then a unique id prefix.
    /// </summary>
    public Network? FindNetwork(string idOrName)
    {
        if (idOrName.Length == 0)
        {
            return null;
        }

        return State.Networks.FirstOrDefault(n => n.Id == idOrName)
            ?? State.Networks.FirstOrDefault(n => n.Name == idOrName)
            ?? UniquePrefix(idOrName);
    }

    public Endpoint? EndpointById(string id) =>
        State.Networks.SelectMany(n => n.Endpoints).FirstOrDefault(e => e.Id == id);

    public Sandbox? SandboxOf(string containerId) => State.Sandboxes.FirstOrDefault(s => s.ContainerId == containerId);

    /// <summary>The sandbox's endpoints in the order they joined.</summary>
    public IEnumerable<Endpoint> EndpointsOf(Sandbox sandbox) =>
        sandbox.EndpointIds.Select(EndpointById).OfType<Endpoint>();

    private Network? UniquePrefix(string prefix)
    {
        var matches = State.Networks.Where(n => n.Id.StartsWith(prefix, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
