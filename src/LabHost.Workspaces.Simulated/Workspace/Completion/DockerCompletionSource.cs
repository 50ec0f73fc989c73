using LabHost.Workspaces.Simulated.Cli;
using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Shell;
using LabHost.Workspaces.Simulated.Shell.Editing;

namespace LabHost.Workspaces.Simulated.Workspace.Completion;

/// <summary>
/// Tab completion at the host prompt: docker's commands, subcommands and flags (from
/// <see cref="DockerCli.Commands"/>), network names where a network goes, container names where a
/// container goes, image names after run/create; everything else as the shell completes it
/// (command names on PATH and builtins, file paths). Runs on the workspace's scheduler.
/// </summary>
public sealed class DockerCompletionSource(SimulatedHost host, ShellInterpreter shell) : ICompletionSource
{
    private static readonly HashSet<string> NetworkFlags = ["network", "net"];

    private readonly ShellCompletionSource fallback = new(shell);

    public CompletionResult Complete(string line, int cursor)
    {
        var start = cursor;
        while (start > 0 && !char.IsWhiteSpace(line[start - 1]) && line[start - 1] is not (';' or '|' or '&'))
        {
            start--;
        }

        var word = line[start..cursor];
        var words = WordsOfCommand(line[..start]);
        IEnumerable<string>? candidates = null;
        if (words.Count > 0 && words[0] == "docker")
        {
            candidates = Docker(DockerWords.Read(words.Skip(1).ToList()), word);
        }
        else if (words.Count > 0 && words[^1] is "--network" or "--net")
        {
            // A continuation line of a `docker run \` (the editor sees one line at a time).
            candidates = NetworkNames();
        }

        if (candidates is null)
        {
            return fallback.Complete(line, cursor);
        }

        var (valueStart, prefix) = word.StartsWith("--", StringComparison.Ordinal) && word.IndexOf('=') is > 0 and var eq
            ? (start + eq + 1, word[(eq + 1)..])
            : (start, word);
        return new CompletionResult(
            valueStart,
            candidates.Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The words of the last simple command before the cursor's word (quotes are not interpreted).</summary>
    private static List<string> WordsOfCommand(string before)
    {
        var separator = before.LastIndexOfAny([';', '|', '&', '\n']);
        return before[(separator + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private IEnumerable<string> Docker(DockerWords typed, string word)
    {
        if (typed.Command is not { } command)
        {
            return typed.CommandWords.Count switch
            {
                0 when word.StartsWith('-') => ["--help", "--version"],
                0 => DockerCli.Commands.Select(c => c.Path.Split(' ')[1]).Concat(DockerCli.Shortcuts.Keys),
                1 => DockerCli.Commands.Where(c => c.Path.Split(' ') is { Length: 3 } p && p[1] == typed.CommandWords[0]).Select(c => c.Name),
                _ => [],
            };
        }

        if (word.StartsWith("--", StringComparison.Ordinal) && word.Contains('='))
        {
            var flag = command.Flags.FirstOrDefault(f => f.Name == word[2..word.IndexOf('=')]);
            return flag is null ? [] : FlagValues(flag);
        }

        if (typed.PendingFlag is { } pending)
        {
            return FlagValues(pending);
        }

        if (word.StartsWith('-'))
        {
            return command.Flags.Select(f => "--" + f.Name).Append("--help");
        }

        return Positional(command.Path, typed.Positionals);
    }

    private IEnumerable<string> FlagValues(FlagSpec flag) => NetworkFlags.Contains(flag.Name) ? NetworkNames() : [];

    private IEnumerable<string> Positional(string path, int index) => (path, index) switch
    {
        ("docker network connect" or "docker network disconnect", 0) => NetworkNames(),
        ("docker network connect" or "docker network disconnect", 1) => ContainerNames(_ => true),
        ("docker network rm" or "docker network inspect", _) => NetworkNames(),
        ("docker container exec" or "docker container attach", 0) => ContainerNames(c => c.IsRunning),
        ("docker container stop" or "docker container kill" or "docker container restart", _) => ContainerNames(c => c.IsRunning),
        ("docker container start", _) => ContainerNames(c => !c.IsRunning),
        ("docker container rm", _) or ("docker container logs", 0) => ContainerNames(_ => true),
        ("docker inspect", _) => ContainerNames(_ => true).Concat(NetworkNames()),
        ("docker container run" or "docker container create", 0) => host.Daemon.State.Images.Select(i => i.Reference),
        _ => [],
    };

    private IEnumerable<string> NetworkNames() => host.Daemon.Network.Networks.Select(n => n.Name);

    private IEnumerable<string> ContainerNames(Func<Daemon.Container, bool> filter)
    {
        host.Daemon.Refresh();
        return host.Daemon.Containers.Where(filter).Select(c => c.Name);
    }
}
