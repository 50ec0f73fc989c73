using System.Globalization;
using System.Text;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>
/// wc [-lwcm] [FILE]...: busybox prints a lone count bare ("2 f.txt") and otherwise every
/// count as "%9u" joined by spaces, with a "total" line for several files.
/// </summary>
public sealed class WcProgram(ShellDialect dialect) : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "lwcmL");
        if (options.Error is not null)
        {
            return await Usage.FailAsync(context.Stderr, "wc", options.Error, "[-cmlwL] [FILE]...");
        }

        var columns = "lwcm".Where(options.Has).ToList();
        if (columns.Count == 0)
        {
            columns = ['l', 'w', 'c'];
        }

        var inputs = await InputFiles.ReadAsync(context, options.Operands, dialect);
        var bare = columns.Count == 1 && inputs.Count == 1;
        var totals = new long[columns.Count];
        var status = 0;
        foreach (var (name, content) in inputs)
        {
            if (content is null)
            {
                status = 1;
                continue;
            }

            var counts = columns.Select(c => Count(c, content)).ToArray();
            for (var i = 0; i < counts.Length; i++)
            {
                totals[i] += counts[i];
            }

            await context.Stdout.WriteLineAsync(Format(counts, bare) + (name == "-" ? "" : " " + name));
        }

        if (inputs.Count > 1)
        {
            await context.Stdout.WriteLineAsync(Format(totals, bare) + " total");
        }

        return status;
    }

    private static long Count(char column, string content) => column switch
    {
        'l' => content.Count(c => c == '\n'),
        'w' => content.Split([' ', '\t', '\n', '\r', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries).Length,
        'c' => Encoding.UTF8.GetByteCount(content),
        _ => content.EnumerateRunes().Count(),
    };

    private static string Format(long[] counts, bool bare) => bare
        ? counts[0].ToString(CultureInfo.InvariantCulture)
        : string.Join(' ', counts.Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(9)));
}
