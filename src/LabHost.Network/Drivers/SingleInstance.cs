using LabHost.Network.DriverApi;

namespace LabHost.Network.Drivers;

/// <summary>The rule of the host and null drivers: the daemon's own network is the only one.</summary>
internal static class SingleInstance
{
    public static void Check(DriverContext context, Network network, string type)
    {
        if (context.Networks.Any(n => n.NetworkType == type && n.Id != network.Id))
        {
            throw new NetworkException(ErrorKind.Forbidden, $"only one instance of \"{type}\" network is allowed");
        }
    }
}
