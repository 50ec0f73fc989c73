using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabHost.Web.Terminal;

/// <summary>A test's end of the terminal socket: sends typed frames, reads output until some text shows.</summary>
internal sealed class TerminalSocket(WebSocket socket) : IAsyncDisposable
{
    private readonly StringBuilder output = new();

    public WebSocket Socket => socket;

    public string Output => output.ToString();

    public static async Task<TerminalSocket> ConnectAsync(WebApplicationFactory<Program> factory, string workspaceId, string? cookie)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (cookie is not null)
            {
                request.Headers.Cookie = cookie;
            }
        };
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "terminal/" + workspaceId.Replace("http", "ws", StringComparison.Ordinal)), CancellationToken.None);
        return new TerminalSocket(socket);
    }

    public Task SendAsync(byte type, string payload) => SendRawAsync([type, .. Encoding.UTF8.GetBytes(payload)]);

    public Task SendRawAsync(byte[] frame, WebSocketMessageType kind = WebSocketMessageType.Binary) =>
        socket.SendAsync(frame, kind, true, CancellationToken.None);

    /// <summary>Types each character as its own frame, as xterm.js does for keys.</summary>
    public async Task TypeAsync(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            await SendAsync(TerminalFrameType.Input, rune.ToString());
        }
    }

    /// <summary>Reads output frames until the output so far contains <paramref name="text"/>.</summary>
    public async Task<string> ReadUntilAsync(string text, int timeoutSeconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        var buffer = new byte[1 << 16];
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"closed ({result.CloseStatus}: {result.CloseStatusDescription}) before '{text}'; output:\n{Output}");
            }
            Assert.True(result.Count > 0 && buffer[0] == TerminalFrameType.Output, "every server frame is an output frame");
            output.Append(Encoding.UTF8.GetString(buffer, 1, result.Count - 1));
        }
        return Output;
    }

    /// <summary>Reads until the server closes; returns its status and reason.</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Reason)> ReadCloseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[1 << 16];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (result.CloseStatus, result.CloseStatusDescription);
            }
        }
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
