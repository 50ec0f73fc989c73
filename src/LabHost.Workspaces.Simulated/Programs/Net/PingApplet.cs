using System.Globalization;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Net;

/// <summary>
/// busybox `ping` (-c, -W, -w, -q, -i): resolves the name through the machine's resolver, asks
/// the network engine whether an echo comes back, and prints busybox's lines and statistics.
/// Waits on the process clock, so scripted runs take no real time; Ctrl-C ends it with statistics.
/// </summary>
public sealed class PingApplet : IProgram
{
    /// <summary>
    /// Real ping without -c runs until Ctrl-C. A script on a simulated clock has no Ctrl-C and its
    /// waits take no time, so the loop would never end: stop after this many echoes, as if interrupted.
    /// </summary>
    public const int MaxPackets = 10_000;

    public async Task<int> RunAsync(ProcessContext context)
    {
        int? count = null;
        var timeout = 10.0;
        var quiet = false;
        string? target = null;
        var args = context.Args;
        for (var i = 1; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "-c" or "-W" or "-w" or "-i" or "-s" or "-t" && i + 1 < args.Count)
            {
                if (!double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0)
                {
                    await context.Stderr.WriteLineAsync($"ping: invalid number '{args[i]}'");
                    return 1;
                }

                if (a == "-c")
                {
                    count = (int)Math.Min(n, int.MaxValue);
                }
                else if (a == "-W")
                {
                    timeout = n;
                }
            }
            else if (a == "-q")
            {
                quiet = true;
            }
            else if (a.StartsWith('-') && a.Length > 1)
            {
                await context.Stderr.WriteAsync("BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n");
                return 1;
            }
            else
            {
                target = a;
            }
        }

        if (target is null)
        {
            await context.Stderr.WriteAsync("BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n");
            return 1;
        }

        var address = context.Machine.Network.Resolve(target);
        if (address is null)
        {
            await context.Stderr.WriteLineAsync($"ping: bad address '{target}'");
            return 1;
        }

        await context.Stdout.WriteLineAsync($"PING {target} ({address}): 56 data bytes");
        var reach = context.Machine.Network.Probe(address);
        if (reach == ProbeResult.NetworkUnreachable)
        {
            await context.Stderr.WriteLineAsync("ping: sendto: Network unreachable");
            return 1;
        }

        var sent = 0;
        var times = new List<double>();
        try
        {
            while ((count is null || sent < count) && sent < MaxPackets)
            {
                var time = 0.05 + ((sent * 37 % 50) / 1000.0);
                if (reach == ProbeResult.Reply)
                {
                    times.Add(time);
                    if (!quiet)
                    {
                        await context.Stdout.WriteLineAsync($"64 bytes from {address}: seq={sent} ttl=64 time={time:0.000} ms");
                    }
                }

                sent++;
                if (count is null || sent < count)
                {
                    await context.Clock.DelayAsync(TimeSpan.FromSeconds(1), context.Cancellation);
                }
                else if (reach != ProbeResult.Reply)
                {
                    await context.Clock.DelayAsync(TimeSpan.FromSeconds(timeout), context.Cancellation);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        await context.Stdout.WriteAsync($"\n--- {target} ping statistics ---\n{sent} packets transmitted, {times.Count} packets received, {(sent == 0 ? 0 : (sent - times.Count) * 100 / sent)}% packet loss\n");
        if (times.Count > 0)
        {
            await context.Stdout.WriteLineAsync($"round-trip min/avg/max = {times.Min():0.000}/{times.Average():0.000}/{times.Max():0.000} ms");
        }

        return times.Count > 0 ? 0 : 1;
    }
}
