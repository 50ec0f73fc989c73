using LabHost.Workspaces.Simulated.Machines;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// fds 0, 1 and 2 of one command after its redirections. Files opened for writing are buffered
/// and written to the <see cref="SimFileSystem"/> when the command ends.
/// </summary>
internal sealed class FileDescriptors(TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    private readonly List<(string Path, StringWriter Buffer, bool Append)> files = [];

    public TextReader Stdin { get; set; } = stdin;

    public TextWriter Stdout { get; set; } = stdout;

    public TextWriter Stderr { get; set; } = stderr;

    public TextWriter OpenFile(SimFileSystem fileSystem, string path, bool append)
    {
        if (path == "/dev/null")
        {
            return TextWriter.Null;
        }

        if (!append || !fileSystem.Exists(path))
        {
            fileSystem.Write(path, "");
        }

        var buffer = new StringWriter();
        files.Add((path, buffer, append));
        return buffer;
    }

    public void Set(int fd, TextWriter writer)
    {
        if (fd == 1)
        {
            Stdout = writer;
        }
        else if (fd == 2)
        {
            Stderr = writer;
        }
    }

    public TextWriter? Get(int fd) => fd switch { 1 => Stdout, 2 => Stderr, _ => null };

    public void FlushFiles(SimFileSystem fileSystem)
    {
        foreach (var (path, buffer, append) in files)
        {
            var before = fileSystem.TryRead(path, out var existing) ? existing : "";
            fileSystem.Write(path, append ? before + buffer : buffer.ToString());
        }

        files.Clear();
    }
}
