using System.Text;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>tr [-ds] SET1 [SET2]: ranges (a-z) and \n \t escapes; no character classes.</summary>
public sealed class TrProgram : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "dsc");
        var needed = options.Has('d') ? 1 : 2;
        if (options.Error is not null || options.Operands.Count < needed && !(options.Has('s') && options.Operands.Count == 1))
        {
            return await Usage.FailAsync(context.Stderr, "tr", options.Error, "[-cds] STRING1 [STRING2]");
        }

        var from = Expand(options.Operands[0]);
        var to = options.Operands.Count > 1 ? Expand(options.Operands[1]) : from;
        var input = await context.Stdin.ReadToEndAsync(context.Cancellation);
        var output = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            var index = from.IndexOf(c);
            if (options.Has('d') && index >= 0)
            {
                continue;
            }

            var mapped = index >= 0 && !options.Has('d') && to.Length > 0 ? to[Math.Min(index, to.Length - 1)] : c;
            if (options.Has('s') && output.Length > 0 && output[^1] == mapped && (index >= 0 || to.Contains(mapped)))
            {
                continue;
            }

            output.Append(mapped);
        }

        await context.Stdout.WriteAsync(output.ToString());
        return 0;
    }

    private static string Expand(string set)
    {
        var chars = new StringBuilder();
        for (var i = 0; i < set.Length; i++)
        {
            var c = set[i];
            if (c == '\\' && i + 1 < set.Length)
            {
                chars.Append(set[++i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
            }
            else if (i + 2 < set.Length && set[i + 1] == '-' && set[i + 2] >= c && set[i + 2] - c < 4096)
            {
                for (var x = c; x <= set[i + 2]; x++)
                {
                    chars.Append(x);
                }

                i += 2;
            }
            else
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
