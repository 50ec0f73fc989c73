using System.Globalization;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>One file's worth of grep: prints matching lines (or parts, with -o) and counts them.</summary>
internal static class GrepFile
{
    public static async Task<int> SearchAsync(ProcessContext context, GrepMatcher matcher, CommandLine options, string content, string prefix)
    {
        var count = 0;
        var print = !options.Has('q') && !options.Has('c') && !options.Has('l');
        var lines = InputFiles.Lines(content);
        for (var i = 0; i < lines.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var line = lines[i];
            var matches = matcher.Matches(line);
            if (matches.Count > 0 == options.Has('v'))
            {
                continue;
            }

            count++;
            if (!print)
            {
                continue;
            }

            var lead = prefix + (options.Has('n') ? (i + 1).ToString(CultureInfo.InvariantCulture) + ":" : "");
            if (options.Has('o') && !options.Has('v'))
            {
                foreach (var part in matches.Where(m => m.Length > 0))
                {
                    await context.Stdout.WriteLineAsync(lead + part);
                }
            }
            else
            {
                await context.Stdout.WriteLineAsync(lead + line);
            }
        }

        return count;
    }
}
