using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading.Evaluators;

/// <summary>
/// `docker exec [OPTIONS] CONTAINER CMD ...` typed at the host runs CMD inside CONTAINER: for
/// command checks it counts as typed there, so a learner may use exec or attach alike.
/// </summary>
internal static class DockerExec
{
    private static readonly HashSet<string> FlagsWithValue = ["-e", "--env", "-u", "--user", "-w", "--workdir", "--env-file", "--detach-keys"];

    public static CommandRecord Unwrap(CommandRecord command)
    {
        if (!command.OnHost)
        {
            return command;
        }

        var words = command.Text.Replace("\\\n", " ").Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var i = words is ["docker", "exec", ..] ? 2 : words is ["docker", "container", "exec", ..] ? 3 : -1;
        if (i < 0)
        {
            return command;
        }

        while (i < words.Length && words[i].StartsWith('-'))
        {
            i += FlagsWithValue.Contains(words[i]) ? 2 : 1;
        }

        return i + 1 < words.Length
            ? command with { Container = words[i], Text = string.Join(' ', words[(i + 1)..]) }
            : command;
    }
}
