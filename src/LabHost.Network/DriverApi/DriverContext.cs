namespace LabHost.Network.DriverApi;

/// <summary>What a driver may touch: the simulated kernel's links and the controller's networks.</summary>
public sealed class DriverContext(NetworkController controller)
{
    public Kernel Kernel => controller.Kernel;

    public IReadOnlyList<Network> Networks => controller.Networks;

    public string NewRandomHex(int length) => controller.Ids.NewHex(length);
}
