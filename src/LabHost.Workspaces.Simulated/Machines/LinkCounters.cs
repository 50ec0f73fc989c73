namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>A link's traffic counters (ifconfig's RX/TX lines).</summary>
public sealed record LinkCounters(long RxPackets, long RxBytes, long TxPackets, long TxBytes)
{
    public static LinkCounters Zero { get; } = new(0, 0, 0, 0);
}
