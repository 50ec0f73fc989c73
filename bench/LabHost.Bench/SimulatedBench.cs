using System.Diagnostics;
using System.Text;
using LabHost.Workspaces.Simulated;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Bench;

/// <summary>The walk-through in fresh simulated workspaces, as `labhost run` runs it (a simulated clock).</summary>
public static class SimulatedBench
{
    public static Timings Time(WalkThrough script, int warmup, int iterations)
    {
        for (var i = 0; i < warmup; i++)
        {
            Run(script);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var samples = new TimeSpan[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Run(script);
            samples[i] = Stopwatch.GetElapsedTime(start);
        }

        CpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu) / iterations;
        return new Timings(samples);
    }

    /// <summary>Process CPU time (all threads, GC included) per timed walk-through: steadier than wall time on a busy machine.</summary>
    public static TimeSpan CpuPerRun { get; private set; }

    /// <summary>Mean time of making the workspace and of each line: which part of the walk-through dominates.</summary>
    public static string LineBreakdown(WalkThrough script, int iterations)
    {
        var create = TimeSpan.Zero;
        var lines = new TimeSpan[script.Lines.Count];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var runner = NewWorkspace();
            create += Stopwatch.GetElapsedTime(start);
            for (var l = 0; l < lines.Length; l++)
            {
                start = Stopwatch.GetTimestamp();
                runner.RunLineAsync(script.Lines[l]).GetAwaiter().GetResult();
                lines[l] += Stopwatch.GetElapsedTime(start);
            }
        }

        var sb = new StringBuilder("  mean per part:\n");
        sb.Append($"    {Timings.Ms(create.TotalMilliseconds / iterations),10}  new workspace\n");
        for (var l = 0; l < lines.Length; l++)
        {
            var line = script.Lines[l];
            sb.Append($"    {Timings.Ms(lines[l].TotalMilliseconds / iterations),10}  {(line.Length > 70 ? line[..67] + "..." : line)}\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Managed heap growth per workspace that ran the walk-through and is still held, after full
    /// blocking compacting collections before and after.
    /// </summary>
    public static double RetainedBytesPerWorkspace(WalkThrough script, int count)
    {
        Run(script);
        var before = SettledHeapBytes();
        var held = new ScriptRunner[count];
        for (var i = 0; i < count; i++)
        {
            held[i] = Run(script);
        }

        var after = SettledHeapBytes();
        GC.KeepAlive(held);
        return (after - before) / (double)count;
    }

    private static ScriptRunner Run(WalkThrough script)
    {
        var runner = NewWorkspace();
        foreach (var line in script.Lines)
        {
            runner.RunLineAsync(line).GetAwaiter().GetResult();
        }

        return runner;
    }

    private static ScriptRunner NewWorkspace() => new(new SimulatedHost(clock: new SimulatedClock()));

    private static long SettledHeapBytes()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
