namespace LabHost.Web.Terminal;

/// <summary>The first byte of every terminal frame (docs/terminal-protocol.md), as ttyd does it: an ASCII digit.</summary>
public static class TerminalFrameType
{
    /// <summary>Browser → server: keys or a paste, UTF-8.</summary>
    public const byte Input = (byte)'0';

    /// <summary>Server → browser: terminal output, UTF-8 with VT100 sequences.</summary>
    public const byte Output = (byte)'1';

    /// <summary>Browser → server: the terminal's size, as JSON {"cols":N,"rows":N} or two big-endian uint16.</summary>
    public const byte Resize = (byte)'2';

    /// <summary>Server → browser: a notice for the learner in their language, UTF-8 plain text; the page shows it in the terminal in red.</summary>
    public const byte Notice = (byte)'3';

    /// <summary>The close status after a <see cref="Notice"/> that the workspace is gone: reconnecting cannot help until a reset.</summary>
    public const int WorkspaceUnavailableClose = 4000;
}
