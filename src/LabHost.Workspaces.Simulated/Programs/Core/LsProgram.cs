using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>ls [-1al] [PATH]...: names only (no -l details beyond a minimal line), one per line off a tty.</summary>
public sealed class LsProgram : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var options = CommandLine.Parse(context.Args, "1alAhF");
        if (options.Error is not null)
        {
            return await Usage.FailAsync(context.Stderr, "ls", options.Error, "[-1AacCdeFilnpLRrSsTtuvwxXhk] [FILE]...");
        }

        var operands = options.Operands.Count == 0 ? ["."] : options.Operands;
        var status = 0;
        var files = context.Machine.Files;
        foreach (var operand in operands)
        {
            var path = context.ResolvePath(operand);
            if (files.Exists(path) && !files.IsDirectory(path))
            {
                await WriteAsync(context, options, [operand], path => files.IsDirectory(path));
                continue;
            }

            if (!files.IsDirectory(path))
            {
                await context.Stderr.WriteLineAsync($"ls: {operand}: No such file or directory");
                status = 1;
                continue;
            }

            if (operands.Count > 1)
            {
                await context.Stdout.WriteLineAsync($"{operand}:");
            }

            var prefix = path == "/" ? "/" : path + "/";
            var names = files.Paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length)
                .Select(p => p[prefix.Length..].Split('/')[0])
                .Where(n => options.Has('a') || options.Has('A') || !n.StartsWith('.'))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            await WriteAsync(context, options, names, name => files.IsDirectory(prefix + name));
        }

        return status;
    }

    private static async Task WriteAsync(ProcessContext context, CommandLine options, List<string> names, Func<string, bool> isDirectory)
    {
        if (options.Has('l'))
        {
            foreach (var name in names)
            {
                var mode = isDirectory(name) ? "drwxr-xr-x    2" : "-rw-r--r--    1";
                await context.Stdout.WriteLineAsync($"{mode} root     root          4096 Jan  1 00:00 {name}");
            }
        }
        else if (context.Terminal is { } terminal && !options.Has('1') && names.Count > 0)
        {
            var width = names.Max(n => n.Length) + 2;
            var perRow = Math.Max(1, terminal.Columns / width);
            var rows = names.Chunk(perRow).Select(row => string.Concat(row.Select(n => n.PadRight(width))).TrimEnd());
            await context.Stdout.WriteLineAsync(string.Join('\n', rows));
        }
        else
        {
            foreach (var name in names)
            {
                await context.Stdout.WriteLineAsync(name);
            }
        }
    }
}
