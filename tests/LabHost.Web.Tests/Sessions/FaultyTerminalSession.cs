using LabHost.Workspaces;

namespace LabHost.Web.Sessions;

/// <summary>A terminal of a <see cref="FaultyWorkspace"/>: input throws while the machine is gone.</summary>
internal sealed class FaultyTerminalSession(ITerminalSession inner, Func<WorkspaceUnavailableException?> gone) : ITerminalSession
{
    public ReadOnlyMemory<byte> Screen => inner.Screen;

    public int Columns => inner.Columns;

    public int Rows => inner.Rows;

    public Task WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellation = default) =>
        gone() is { } reason ? Task.FromException(reason) : inner.WriteInputAsync(data, cancellation);

    public IAsyncEnumerable<ReadOnlyMemory<byte>> ReadOutputAsync(CancellationToken cancellation = default) => inner.ReadOutputAsync(cancellation);

    public void Resize(int columns, int rows) => inner.Resize(columns, rows);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
