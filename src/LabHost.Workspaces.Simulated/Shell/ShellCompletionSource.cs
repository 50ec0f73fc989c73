using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell.Editing;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Completes the first word from builtins and programs, later words from file paths.</summary>
public sealed class ShellCompletionSource(ShellInterpreter shell) : ICompletionSource
{
    public CompletionResult Complete(string line, int cursor)
    {
        var start = cursor;
        while (start > 0 && !char.IsWhiteSpace(line[start - 1]) && line[start - 1] is not (';' or '|' or '&' or '>' or '<'))
        {
            start--;
        }

        var word = line[start..cursor];
        var before = line[..start].TrimEnd();
        var isCommand = before.Length == 0 || before[^1] is ';' or '|' or '&';
        if (isCommand && !word.Contains('/'))
        {
            var names = shell.BuiltinNames.Concat(shell.Machine.Programs.Names)
                .Where(n => n.StartsWith(word, StringComparison.Ordinal));
            return new CompletionResult(start, names.Distinct().Order(StringComparer.Ordinal).ToList());
        }

        return new CompletionResult(start, Paths(word));
    }

    private List<string> Paths(string word)
    {
        var slash = word.LastIndexOf('/');
        var typedDirectory = slash < 0 ? "" : word[..(slash + 1)];
        var directory = PathNames.Combine(shell.State.WorkingDirectory, typedDirectory.Length == 0 ? "." : typedDirectory);
        var prefix = directory == "/" ? "/" : directory + "/";
        var files = shell.Machine.Files;
        return files.Paths
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length)
            .Select(p => p[prefix.Length..].Split('/')[0])
            .Distinct()
            .Select(name => typedDirectory + name + (files.IsDirectory(prefix + name) ? "/" : ""))
            .Where(candidate => candidate.StartsWith(word, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
