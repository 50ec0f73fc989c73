using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>cat [FILE]...: busybox says "can't open 'x': No such file or directory", exit 1.</summary>
public sealed class CatProgram(ShellDialect dialect) : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "nbveAu");
        if (options.Error is not null)
        {
            return await Usage.FailAsync(context.Stderr, "cat", options.Error, "[-nbvteA] [FILE]...");
        }

        var status = 0;
        var number = 1;
        foreach (var (_, content) in await InputFiles.ReadAsync(context, options.Operands, dialect, cantOpenStyle: true))
        {
            if (content is null)
            {
                status = 1;
                continue;
            }

            if (!options.Has('n'))
            {
                await context.Stdout.WriteAsync(content);
                continue;
            }

            foreach (var line in InputFiles.Lines(content))
            {
                await context.Stdout.WriteLineAsync($"{number++,6}\t{line}");
            }
        }

        return status;
    }
}
