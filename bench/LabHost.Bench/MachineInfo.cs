using System.Runtime;
using System.Runtime.InteropServices;

namespace LabHost.Bench;

/// <summary>What the figures were measured on.</summary>
public static class MachineInfo
{
    public static string Describe() =>
        $"CPU: {CpuModel()}, {Environment.ProcessorCount} logical cores available\n" +
        $"Load average (1, 5, 15 min): {LoadAverage()} - other processes' load makes wall times noisy\n" +
        $"OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})\n" +
        $".NET: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC" +
        $"{(AppContext.TryGetSwitch("System.GC.Concurrent", out var concurrent) && !concurrent ? "" : ", concurrent")}" +
#if DEBUG
        ", DEBUG build (use -c Release)";
#else
        ", Release build";
#endif

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel()
    {
        try
        {
            var model = File.ReadLines("/proc/cpuinfo")
                .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
            return model ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture + " (no /proc/cpuinfo)";
        }
    }
}
