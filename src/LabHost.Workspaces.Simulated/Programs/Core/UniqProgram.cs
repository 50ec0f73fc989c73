using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>uniq [-cdui] [INPUT]: -c prints "%7d line" as busybox does.</summary>
public sealed class UniqProgram(ShellDialect dialect) : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "cdui");
        if (options.Error is not null)
        {
            return await Usage.FailAsync(context.Stderr, "uniq", options.Error, "[-cdui] [INPUT [OUTPUT]]");
        }

        var inputs = await InputFiles.ReadAsync(context, options.Operands.Take(1).ToList(), dialect);
        if (inputs[0].Content is not { } content)
        {
            return 1;
        }

        var comparison = options.Has('i') ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var groups = new List<(string Line, int Count)>();
        foreach (var line in InputFiles.Lines(content))
        {
            if (groups.Count > 0 && string.Equals(groups[^1].Line, line, comparison))
            {
                groups[^1] = (groups[^1].Line, groups[^1].Count + 1);
            }
            else
            {
                groups.Add((line, 1));
            }
        }

        foreach (var (line, count) in groups)
        {
            if (options.Has('d') && count == 1 || options.Has('u') && count > 1)
            {
                continue;
            }

            await context.Stdout.WriteLineAsync(options.Has('c') ? $"{count,7} {line}" : line);
        }

        return 0;
    }
}
