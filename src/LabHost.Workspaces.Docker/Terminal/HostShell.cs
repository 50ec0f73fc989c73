using Docker.DotNet;
using Docker.DotNet.Models;

namespace LabHost.Workspaces.Docker.Terminal;

/// <summary>
/// The host shell: a TTY exec of bash (with LabHost's rc file, which records commands) in the
/// workspace container, its output copied to the screen. <see cref="Ended"/> completes when the
/// shell or the container is gone. Safe for concurrent use.
/// </summary>
internal sealed class HostShell : IAsyncDisposable
{
    private readonly DockerClient host;
    private readonly MultiplexedStream stream;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly CancellationTokenSource stop = new();

    private HostShell(DockerClient host, string execId, MultiplexedStream stream, TerminalScreen screen)
    {
        this.host = host;
        ExecId = execId;
        this.stream = stream;
        Ended = PumpAsync(screen);
    }

    public string ExecId { get; }

    public Task Ended { get; }

    public static async Task<HostShell> StartAsync(DockerClient host, string containerId, TerminalScreen screen, CancellationToken cancellation)
    {
        var exec = await host.Exec.CreateContainerExecAsync(
            containerId,
            new ContainerExecCreateParameters
            {
                AttachStdin = true,
                AttachStdout = true,
                AttachStderr = true,
                TTY = true,

                // The engine's default detach keys for an exec are Ctrl-P Ctrl-Q: it would detach
                // this shell instead of letting the learner leave `docker run -it` inside. Docker
                // cannot switch them off, so use a sequence no one types.
                DetachKeys = "ctrl-@,ctrl-^,ctrl-_,ctrl-@",
                Env = ["TERM=xterm-256color", "HOME=/root", "LANG=C.UTF-8"],
                WorkingDir = "/root",
                Cmd = ["/bin/bash", "--rcfile", "/etc/labhost/bashrc", "-i"],
            },
            cancellation);
        var stream = await host.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters { TTY = true }, cancellation);
        var shell = new HostShell(host, exec.ID, stream, screen);
        await shell.ResizeAsync(screen.Columns, screen.Rows, cancellation);
        return shell;
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellation)
    {
        var bytes = data.ToArray();
        await writeGate.WaitAsync(cancellation);
        try
        {
            await stream.WriteAsync(bytes, 0, bytes.Length, cancellation);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>The TTY's size (TIOCSWINSZ through the engine's exec resize); the shell gets SIGWINCH.</summary>
    public async Task ResizeAsync(int columns, int rows, CancellationToken cancellation)
    {
        try
        {
            await host.Exec.ResizeExecTtyAsync(ExecId, new ContainerResizeParameters { Width = columns, Height = rows }, cancellation);
        }
        catch (DockerApiException)
        {
            // The exec has ended; the next shell starts with the screen's size.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        stream.Dispose();
        try
        {
            await Ended;
        }
        catch (Exception)
        {
            // the stream was closed under the reader
        }
    }

    private async Task PumpAsync(TerminalScreen screen)
    {
        await Task.Yield();
        var buffer = new byte[16384];
        while (!stop.IsCancellationRequested)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, stop.Token);
            if (read.EOF)
            {
                return;
            }

            screen.Write(buffer.AsSpan(0, read.Count));
        }
    }
}
