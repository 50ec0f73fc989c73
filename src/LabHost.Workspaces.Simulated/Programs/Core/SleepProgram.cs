using System.Globalization;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>sleep N[smhd]...: waits on the context's clock (instant when simulated); Ctrl-C ends it.</summary>
public sealed class SleepProgram : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        if (context.Args.Count < 2)
        {
            return await Usage.FailAsync(context.Stderr, "sleep", null, "[N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays");
        }

        var total = TimeSpan.Zero;
        foreach (var arg in context.Args.Skip(1))
        {
            var unit = arg.Length > 0 && "smhd".Contains(arg[^1]) ? arg[^1] : 's';
            var number = unit == 's' && !arg.EndsWith('s') ? arg : arg[..^1];
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 1e7)
            {
                await context.Stderr.WriteLineAsync($"sleep: invalid number '{arg}'");
                return 1;
            }

            total += TimeSpan.FromSeconds(value * unit switch { 'm' => 60, 'h' => 3600, 'd' => 86400, _ => 1 });
        }

        await context.Clock.DelayAsync(total, context.Cancellation);
        return 0;
    }
}
