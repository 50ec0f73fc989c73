using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>What head and tail share: options, headers, errors.</summary>
internal static class HeadTail
{
    public static async Task<int> RunAsync(ProcessContext context, ShellDialect dialect, bool tail)
    {
        var name = tail ? "tail" : "head";
        var options = CommandLine.Parse(LineCount.NormalizeArgs(context.Args), "qvf", "nc");
        if (options.Error is not null)
        {
            return await Usage.FailAsync(context.Stderr, name, options.Error, "[-n N] [FILE]...");
        }

        if (LineCount.Parse(options.Value('n')) is not var (count, fromStart))
        {
            await context.Stderr.WriteLineAsync($"{name}: invalid number '{options.Value('n')}'");
            return 1;
        }

        var status = 0;
        var inputs = await InputFiles.ReadAsync(context, options.Operands, dialect, cantOpenStyle: tail);
        var headers = inputs.Count > 1 && !options.Has('q') || options.Has('v');
        var first = true;
        foreach (var (file, content) in inputs)
        {
            if (content is null)
            {
                status = 1;
                continue;
            }

            if (headers)
            {
                await context.Stdout.WriteAsync($"{(first ? "" : "\n")}==> {(file == "-" ? "standard input" : file)} <==\n");
            }

            first = false;
            var lines = InputFiles.Lines(content);
            var chosen = (!tail ? lines.Take(count)
                : fromStart ? lines.Skip(Math.Max(0, count - 1))
                : lines.Skip(Math.Max(0, lines.Count - count))).ToList();
            var text = string.Join('\n', chosen);
            var endsOpen = !content.EndsWith('\n') && chosen.Count > 0 && (tail || count >= lines.Count);
            await context.Stdout.WriteAsync(chosen.Count == 0 ? "" : endsOpen ? text : text + "\n");
        }

        if (tail && inputs.All(i => i.Content is null))
        {
            // busybox tail adds this when no file could be opened.
            await context.Stderr.WriteLineAsync("tail: no files");
        }

        return status;
    }
}
