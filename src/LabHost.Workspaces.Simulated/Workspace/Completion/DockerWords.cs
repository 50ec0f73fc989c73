using LabHost.Workspaces.Simulated.Cli;
using LabHost.Workspaces.Simulated.Cli.Flags;

namespace LabHost.Workspaces.Simulated.Workspace.Completion;

/// <summary>
/// The words typed after `docker`, read the way the CLI will read them: which command they name,
/// which positionals came so far, and whether the last word is a flag still waiting for its value.
/// </summary>
internal sealed record DockerWords(CommandDef? Command, IReadOnlyList<string> CommandWords, int Positionals, FlagSpec? PendingFlag)
{
    public static DockerWords Read(IReadOnlyList<string> args)
    {
        var words = args.Count > 0 && DockerCli.Shortcuts.TryGetValue(args[0], out var full)
            ? [.. full.Split(' '), .. args.Skip(1)]
            : args.ToList();
        foreach (var depth in new[] { 2, 1 })
        {
            if (words.Count < depth)
            {
                continue;
            }

            var command = DockerCli.Commands.FirstOrDefault(c => Names(c, depth, words));
            if (command is not null)
            {
                return ReadArguments(command, words.Take(depth).ToList(), words.Skip(depth).ToList());
            }
        }

        return new DockerWords(null, words, 0, null);
    }

    private static bool Names(CommandDef command, int depth, List<string> words)
    {
        var path = command.Path.Split(' ').Skip(1).ToList();
        return path.Count == depth && path.Take(depth - 1).SequenceEqual(words.Take(depth - 1)) &&
            (path[^1] == words[depth - 1] || (depth == 2 && command.Aliases.Contains(words[1])));
    }

    private static DockerWords ReadArguments(CommandDef command, List<string> commandWords, List<string> rest)
    {
        var positionals = 0;
        FlagSpec? pending = null;
        foreach (var word in rest)
        {
            if (pending is not null)
            {
                pending = null;
            }
            else if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2 && (command.Interspersed || positionals == 0))
            {
                var flag = command.Flags.FirstOrDefault(f => f.Name == word[2..]);
                pending = flag is { Kind: not FlagKind.Bool } ? flag : null;
            }
            else if (word.StartsWith('-') && word.Length > 1 && (command.Interspersed || positionals == 0))
            {
                // A cluster of shorthands (-it, -d); the last one may take the next word as its value.
                var flag = command.Flags.FirstOrDefault(f => f.Shorthand == word[^1]);
                pending = flag is { Kind: not FlagKind.Bool } && word.Length == 2 ? flag : null;
            }
            else
            {
                positionals++;
            }
        }

        return new DockerWords(command, commandWords, positionals, pending);
    }
}
