using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace LabHost.Workspaces.Docker.Terminal;

/// <summary>One view of a Docker workspace's terminal. Safe for concurrent use; one reader.</summary>
internal sealed class DockerTerminalSession : ITerminalSession
{
    private readonly DockerWorkspace workspace;
    private readonly TerminalScreen screen;
    private readonly Channel<ReadOnlyMemory<byte>> output =
        Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });

    public DockerTerminalSession(DockerWorkspace workspace, TerminalScreen screen)
    {
        this.workspace = workspace;
        this.screen = screen;
        Screen = screen.Subscribe(this);
    }

    public ReadOnlyMemory<byte> Screen { get; }

    public int Columns => screen.Columns;

    public int Rows => screen.Rows;

    public Task WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellation = default) =>
        workspace.InputAsync(data, cancellation);

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadOutputAsync([EnumeratorCancellation] CancellationToken cancellation = default)
    {
        while (await output.Reader.WaitToReadAsync(cancellation))
        {
            while (output.Reader.TryRead(out var chunk))
            {
                yield return chunk;
            }
        }
    }

    public void Resize(int columns, int rows) => workspace.Resize(columns, rows);

    public ValueTask DisposeAsync()
    {
        screen.Unsubscribe(this);
        Complete();
        return ValueTask.CompletedTask;
    }

    internal void Enqueue(byte[] bytes) => output.Writer.TryWrite(bytes);

    internal void Complete() => output.Writer.TryComplete();
}
