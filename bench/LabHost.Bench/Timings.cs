using System.Text;

namespace LabHost.Bench;

/// <summary>Wall times of repeated runs, summarised as mean, median and 95th percentile.</summary>
public sealed class Timings(IReadOnlyList<TimeSpan> samples)
{
    private readonly double[] sorted = [.. samples.Select(s => s.TotalMilliseconds).Order()];

    public double MeanMs => sorted.Average();

    public double MedianMs => Percentile(0.5);

    public double P95Ms => Percentile(0.95);

    public static string SideBySide(Timings simulated, Timings real)
    {
        var sb = new StringBuilder("Per walk-through     simulated        real engine      real/simulated\n");
        foreach (var (name, sim, actual) in new[] { ("mean", simulated.MeanMs, real.MeanMs), ("median", simulated.MedianMs, real.MedianMs), ("p95", simulated.P95Ms, real.P95Ms) })
        {
            sb.Append($"  {name,-18} {Ms(sim),-16} {Ms(actual),-16} {actual / sim:0}x\n");
        }

        return sb.ToString();
    }

    public string Format(string title) =>
        $"{title}:\n  mean {Ms(MeanMs)}, median {Ms(MedianMs)}, p95 {Ms(P95Ms)}, min {Ms(sorted[0])}, max {Ms(sorted[^1])}";

    public static string Ms(double ms) => ms < 1 ? $"{ms * 1000:0.0} µs" : $"{ms:0.000} ms";

    /// <summary>Nearest-rank percentile.</summary>
    private double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
