using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Redirections, applied left to right as sh does (so `2&gt;&amp;1 &gt;f` differs from `&gt;f 2&gt;&amp;1`).</summary>
public sealed partial class ShellInterpreter
{
    // The flat file system only knows directories that hold files; these exist on any image.
    private static readonly HashSet<string> StandardDirectories =
        ["/", "/tmp", "/root", "/home", "/etc", "/var", "/var/tmp", "/usr", "/opt", "/srv", "/mnt", "/run", "/dev"];

    private async Task<bool> ApplyRedirectionsAsync(IReadOnlyList<Redirection> redirections, FileDescriptors fds, TextWriter stderr, WordExpander expander)
    {
        foreach (var redirection in redirections)
        {
            var target = redirection.Target is null ? "" : await expander.ExpandSingleAsync(redirection.Target);
            var error = Apply(redirection, target, fds);
            if (error is not null)
            {
                await stderr.WriteLineAsync($"{ShellMessages.Name(Dialect)}: {error}");
                return false;
            }
        }

        return true;
    }

    private string? Apply(Redirection redirection, string target, FileDescriptors fds)
    {
        if (redirection.Kind == RedirectionKind.Duplicate)
        {
            var source = redirection.SourceFd < 0 ? TextWriter.Null : fds.Get(redirection.SourceFd);
            if (source is null)
            {
                return $"{redirection.SourceFd}: Bad file descriptor";
            }

            fds.Set(redirection.Fd, source);
            return null;
        }

        var path = PathNames.Combine(State.WorkingDirectory, target);
        var ash = Dialect == ShellDialect.Ash;
        if (redirection.Kind == RedirectionKind.Input)
        {
            if (Machine.Files.TryRead(path, out var content))
            {
                fds.Stdin = new StringReader(content);
                return null;
            }

            return ash ? $"can't open {target}: no such file" : $"{target}: No such file or directory";
        }

        if (path != "/dev/null" && Machine.Files.IsDirectory(path))
        {
            return ash ? $"can't create {target}: Is a directory" : $"{target}: Is a directory";
        }

        var parent = PathNames.Parent(path);
        if (path != "/dev/null" && !StandardDirectories.Contains(parent) && !Machine.Files.IsDirectory(parent))
        {
            return ash ? $"can't create {target}: nonexistent directory" : $"{target}: No such file or directory";
        }

        var writer = fds.OpenFile(Machine.Files, path, redirection.Kind == RedirectionKind.Append);
        if (redirection.Kind == RedirectionKind.OutputAndError)
        {
            fds.Set(1, writer);
            fds.Set(2, writer);
        }
        else
        {
            fds.Set(redirection.Fd, writer);
        }

        return null;
    }
}
