using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>grep [-ivcnEFqwoxhHsl] [-e PATTERN] PATTERN [FILE]...: exit 0 on a match, 1 on none, 2 on error.</summary>
public sealed class GrepProgram(ShellDialect dialect) : IProgram
{
    private const string UsageText = "[-HhnlLoqvsrRiwFExz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...";

    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "ivcnEFqwoxhHslr", "em");
        if (context.Args[0] == "egrep")
        {
            options.Set('E');
        }

        var patterns = options.Values('e').ToList();
        var operands = options.Operands;
        if (patterns.Count == 0 && operands.Count > 0)
        {
            patterns.Add(operands[0]);
            operands = operands.Skip(1).ToList();
        }

        if (options.Error is not null || patterns.Count == 0)
        {
            return await Usage.FailAsync(context.Stderr, "grep", options.Error, UsageText, 2);
        }

        var matcher = GrepMatcher.Create(patterns, options);
        if (matcher is null)
        {
            await context.Stderr.WriteLineAsync($"grep: bad regex '{patterns[0]}'");
            return 2;
        }

        var found = false;
        var failed = false;
        var showNames = operands.Count > 1 && !options.Has('h') || options.Has('H');
        foreach (var (name, content) in await InputFiles.ReadAsync(context, operands, dialect, quiet: options.Has('s')))
        {
            if (content is null)
            {
                failed = true;
                continue;
            }

            var label = name == "-" ? "(standard input)" : name;
            var count = await GrepFile.SearchAsync(context, matcher, options, content, showNames ? label + ":" : "");
            found |= count > 0;
            if (options.Has('q') && found)
            {
                return 0;
            }

            if (options.Has('c'))
            {
                await context.Stdout.WriteLineAsync((showNames ? label + ":" : "") + count);
            }
            else if (options.Has('l') && count > 0)
            {
                await context.Stdout.WriteLineAsync(label);
            }
        }

        return failed && !(options.Has('q') && found) ? 2 : found ? 0 : 1;
    }
}
