namespace LabHost.Workspaces;

/// <summary>
/// One connection to a workspace's terminal, as xterm.js sees it: UTF-8 bytes in (keys, pastes),
/// UTF-8 bytes out (text and VT100 sequences), and resizes. Safe for concurrent use; output has
/// one reader.
/// </summary>
public interface ITerminalSession : IAsyncDisposable
{
    /// <summary>
    /// The terminal's output before this session opened (at most <see cref="WorkspaceLimits.MaxScreenChars"/>
    /// characters, the newest). Paint it first, then what <see cref="ReadOutputAsync"/> yields: nothing is lost or doubled between the two.
    /// </summary>
    ReadOnlyMemory<byte> Screen { get; }

    int Columns { get; }

    int Rows { get; }

    /// <summary>Bytes as xterm.js sends them (a key, an escape sequence, a paste); a UTF-8 character may span calls.</summary>
    Task WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellation = default);

    /// <summary>Output written after the session opened, in order; ends when the session is disposed.</summary>
    IAsyncEnumerable<ReadOnlyMemory<byte>> ReadOutputAsync(CancellationToken cancellation = default);

    /// <summary>The browser's terminal was resized; applies to the whole workspace terminal.</summary>
    void Resize(int columns, int rows);
}
