using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>Reads a program's file operands ("-" is stdin) and words the errors per dialect.</summary>
internal static class InputFiles
{
    /// <summary>The operands' contents, or stdin's when there are none; null entries failed (already reported).</summary>
    public static async Task<List<(string Name, string? Content)>> ReadAsync(
        ProcessContext context, IReadOnlyList<string> operands, ShellDialect dialect, bool quiet = false, bool cantOpenStyle = false)
    {
        var inputs = new List<(string, string?)>();
        if (operands.Count == 0)
        {
            inputs.Add(("-", await context.Stdin.ReadToEndAsync(context.Cancellation)));
            return inputs;
        }

        foreach (var operand in operands)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (operand == "-")
            {
                inputs.Add((operand, await context.Stdin.ReadToEndAsync(context.Cancellation)));
                continue;
            }

            var path = context.ResolvePath(operand);
            if (context.Machine.Files.TryRead(path, out var content))
            {
                inputs.Add((operand, content));
                continue;
            }

            inputs.Add((operand, null));
            if (!quiet)
            {
                var reason = context.Machine.Files.IsDirectory(path) ? "Is a directory" : "No such file or directory";
                var program = context.Args[0];
                await context.Stderr.WriteLineAsync(dialect == ShellDialect.Ash && cantOpenStyle
                    ? $"{program}: can't open '{operand}': {reason}"
                    : $"{program}: {operand}: {reason}");
            }
        }

        return inputs;
    }

    /// <summary>Splits text into lines without their terminators; a final newline ends the last line.</summary>
    public static List<string> Lines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
