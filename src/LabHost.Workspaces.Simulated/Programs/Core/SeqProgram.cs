using System.Globalization;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>seq [-s SEP] [FIRST [INC]] LAST, integers only.</summary>
public sealed class SeqProgram : IProgram
{
    private const string UsageText = "[-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator";

    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "w", "s");
        var numbers = new List<long>();
        foreach (var operand in options.Operands)
        {
            if (!long.TryParse(operand, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                return await Usage.FailAsync(context.Stderr, "seq", null, UsageText);
            }

            numbers.Add(n);
        }

        if (options.Error is not null || numbers.Count is < 1 or > 3)
        {
            return await Usage.FailAsync(context.Stderr, "seq", options.Error, UsageText);
        }

        var (first, step, last) = numbers.Count switch
        {
            1 => (1L, 1L, numbers[0]),
            2 => (numbers[0], 1L, numbers[1]),
            _ => (numbers[0], numbers[1], numbers[2]),
        };
        var separator = options.Value('s') ?? "\n";
        var width = options.Has('w') ? Math.Max(first.ToString(CultureInfo.InvariantCulture).Length, last.ToString(CultureInfo.InvariantCulture).Length) : 0;
        var wrote = false;
        for (var n = first; step > 0 ? n <= last : step < 0 && n >= last; n += step)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            await context.Stdout.WriteAsync((wrote ? separator : "") + n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
            wrote = true;
        }

        if (wrote)
        {
            await context.Stdout.WriteAsync("\n");
        }

        return 0;
    }
}
