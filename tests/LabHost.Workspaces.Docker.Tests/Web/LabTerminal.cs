using System.Net.WebSockets;
using System.Text;
using LabHost.Web.Terminal;

namespace LabHost.Workspaces.Docker.Web;

/// <summary>A test's end of the terminal socket: output, notices and the close, as the page's script sees them.</summary>
internal sealed class LabTerminal(WebSocket socket) : IAsyncDisposable
{
    private readonly StringBuilder output = new();
    private readonly StringBuilder notices = new();

    public string Output => output.ToString();

    public string Notices => notices.ToString();

    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public Task TypeAsync(string text) =>
        socket.SendAsync((byte[])[TerminalFrameType.Input, .. Encoding.UTF8.GetBytes(text)], WebSocketMessageType.Binary, true, CancellationToken.None);

    /// <summary>Reads frames until <paramref name="done"/> holds or the server closes; false when it closed first.</summary>
    public async Task<bool> ReadUntilAsync(Func<LabTerminal, bool> done, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[1 << 16];
        while (!done(this))
        {
            if (CloseStatus is not null)
            {
                return false;
            }
            var result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                CloseStatus = result.CloseStatus;
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                continue;
            }
            var text = Encoding.UTF8.GetString(buffer, 1, result.Count - 1);
            (buffer[0] == TerminalFrameType.Notice ? notices : output).Append(text);
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        socket.Dispose();
    }
}
