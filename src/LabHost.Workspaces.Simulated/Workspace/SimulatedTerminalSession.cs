using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// One connection to a simulated workspace's terminal. Output waits in an unbounded queue until
/// read (one command's output is bounded by the workspace's limits); dispose to stop it.
/// Safe for concurrent use; one reader.
/// </summary>
internal sealed class SimulatedTerminalSession : ITerminalSession
{
    private readonly SimulatedWorkspace workspace;
    private readonly TerminalHub hub;
    private readonly Channel<ReadOnlyMemory<byte>> output =
        Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });

    public SimulatedTerminalSession(SimulatedWorkspace workspace, TerminalHub hub)
    {
        this.workspace = workspace;
        this.hub = hub;
        Screen = Encoding.UTF8.GetBytes(hub.Subscribe(this));
    }

    public ReadOnlyMemory<byte> Screen { get; }

    public int Columns => hub.Columns;

    public int Rows => hub.Rows;

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
        hub.Unsubscribe(this);
        output.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    internal void Enqueue(byte[] bytes) => output.Writer.TryWrite(bytes);
}
