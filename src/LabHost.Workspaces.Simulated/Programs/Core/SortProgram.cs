using System.Globalization;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>sort [-rnu] [FILE]...: byte order (LC_ALL=C, as in Alpine).</summary>
public sealed class SortProgram(ShellDialect dialect) : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "rnufb");
        if (options.Error is not null)
        {
            return await Usage.FailAsync(context.Stderr, "sort", options.Error, "[-nrufb] [FILE]...");
        }

        var inputs = await InputFiles.ReadAsync(context, options.Operands, dialect);
        var lines = inputs.Where(i => i.Content is not null).SelectMany(i => InputFiles.Lines(i.Content!)).ToList();
        IComparer<string> comparer = options.Has('n') ? Comparer<string>.Create(CompareNumeric)
            : options.Has('f') ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        lines.Sort(comparer);
        if (options.Has('r'))
        {
            lines.Reverse();
        }

        var previous = (string?)null;
        foreach (var line in lines)
        {
            if (options.Has('u') && previous is not null && comparer.Compare(previous, line) == 0)
            {
                continue;
            }

            previous = line;
            await context.Stdout.WriteLineAsync(line);
        }

        return inputs.Any(i => i.Content is null) ? 2 : 0;
    }

    private static int CompareNumeric(string a, string b)
    {
        var byNumber = Leading(a).CompareTo(Leading(b));
        return byNumber != 0 ? byNumber : string.CompareOrdinal(a, b);
    }

    private static double Leading(string line)
    {
        var text = line.TrimStart();
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.' || end == 0 && text[end] == '-'))
        {
            end++;
        }

        return double.TryParse(text[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
