using System.Globalization;
using System.Net;
using System.Net.Sockets;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// busybox ping over <see cref="INetworkStackView.Probe"/>. Waits go through
/// the process clock (<see cref="ProcessContext.Clock"/>); Ctrl-C (cancellation) prints the statistics as
/// busybox's SIGINT handler does. Stateless; safe for concurrent runs.
/// </summary>
public sealed class PingApplet(BusyboxBuild build) : IProgram
{
    public PingApplet()
        : this(BusyboxBuild.Default)
    {
    }

    public async Task<int> RunAsync(ProcessContext context)
    {
        if (context.Args.Skip(1).FirstOrDefault() == "--help")
        {
            BusyboxUsage.Write(context.Stdout, build, "ping");
            return 0;
        }

        var line = CommandLine.Parse(context.Args, "c:s:i:t:I:W:w:p:qA46", build.PermutesArguments);
        if (line.Error is { } error)
        {
            context.Stderr.Write($"ping: {error}\n");
            return BusyboxUsage.Write(context.Stderr, build, "ping");
        }

        if (line.Operands.Count != 1)
        {
            return BusyboxUsage.Write(context.Stderr, build, "ping");
        }

        if (!PingSettings.TryRead(line, out var settings, out var bad))
        {
            context.Stderr.Write($"ping: invalid number '{bad}'\n");
            return 1;
        }

        var host = line.Operands[0];
        var address = HostsFile.Resolve(context, host);
        if (address is null)
        {
            context.Stderr.Write($"ping: bad address '{host}'\n");
            return 1;
        }

        context.Stdout.Write($"PING {host} ({address}): {settings.Size} data bytes\n");
        var probe = context.Machine.Network.Probe(address);
        if (probe == ProbeResult.NetworkUnreachable)
        {
            context.Stderr.Write("ping: sendto: Network is unreachable\n");
            return 1;
        }

        var statistics = new PingStatistics(host);
        await SendAsync(context, settings, address, probe, statistics);
        context.Stdout.Write(statistics.Summary());
        return statistics.Received > 0 ? 0 : 1;
    }

    /// <summary>
    /// Real ping without -c runs until Ctrl-C. A script on a simulated clock has no Ctrl-C and its
    /// waits take no time, so the loop would never end: stop after this many echoes, as if interrupted.
    /// </summary>
    public const int MaxPackets = 10_000;

    private static async Task SendAsync(ProcessContext context, PingSettings settings, IPAddress address, ProbeResult probe, PingStatistics statistics)
    {
        var elapsed = 0L;
        try
        {
            while (!context.Cancellation.IsCancellationRequested
                && (settings.Count == 0 || statistics.Transmitted < settings.Count)
                && statistics.Transmitted < MaxPackets
                && (settings.DeadlineMs == 0 || elapsed < settings.DeadlineMs))
            {
                var sequence = statistics.Transmitted;
                statistics.Transmitted++;
                if (probe == ProbeResult.Reply)
                {
                    var micros = RoundTripMicros(address, sequence);
                    statistics.Add(micros);
                    if (!settings.Quiet)
                    {
                        context.Stdout.Write(string.Create(CultureInfo.InvariantCulture,
                            $"{settings.Size + 8} bytes from {address}: seq={sequence} ttl=64 time={PingStatistics.Millis(micros)} ms\n"));
                    }
                }

                if (settings.Count != 0 && statistics.Transmitted >= settings.Count)
                {
                    break;
                }

                await context.Clock.DelayAsync(TimeSpan.FromMilliseconds(settings.IntervalMs), context.Cancellation);
                elapsed += settings.IntervalMs;
            }

            // With nothing back, busybox waits -W seconds after the last packet before giving up.
            if (statistics.Received == 0 && settings.DeadlineMs == 0 && !context.Cancellation.IsCancellationRequested)
            {
                await context.Clock.DelayAsync(TimeSpan.FromSeconds(settings.WaitSeconds), context.Cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: fall through to the statistics, as busybox's SIGINT handler does.
        }
    }

    /// <summary>A plausible, repeatable bridge round trip: the first a little slower, then 40–99 µs.</summary>
    private static long RoundTripMicros(IPAddress address, int sequence)
    {
        var seed = address.GetAddressBytes().Sum(b => b) + (sequence * 37);
        return (sequence == 0 ? 90 : 40) + (seed % 60);
    }
}
