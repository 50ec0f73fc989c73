namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>What one ping run counted; round trips in microseconds, as busybox keeps them.</summary>
internal sealed class PingStatistics(string host)
{
    private long min = long.MaxValue;
    private long max;
    private long sum;

    public int Transmitted { get; set; }

    public int Received { get; private set; }

    public void Add(long micros)
    {
        Received++;
        min = Math.Min(min, micros);
        max = Math.Max(max, micros);
        sum += micros;
    }

    public static string Millis(long micros) => $"{micros / 1000}.{micros % 1000:D3}";

    public string Summary()
    {
        var loss = Transmitted == 0 ? 0 : (Transmitted - Received) * 100L / Transmitted;
        var text = $"\n--- {host} ping statistics ---\n"
            + $"{Transmitted} packets transmitted, {Received} packets received, {loss}% packet loss\n";
        if (Received > 0)
        {
            text += $"round-trip min/avg/max = {Millis(min)}/{Millis(sum / Received)}/{Millis(max)} ms\n";
        }

        return text;
    }
}
