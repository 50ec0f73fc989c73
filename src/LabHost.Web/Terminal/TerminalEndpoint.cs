using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using LabHost.Web.Learners;
using LabHost.Web.Localization;
using LabHost.Web.Sessions;
using LabHost.Workspaces;

namespace LabHost.Web.Terminal;

/// <summary>
/// <c>/terminal/{workspaceId}</c>: the terminal's bytes on a WebSocket of their own, not the
/// Blazor circuit (docs/terminal-protocol.md). Only the learner who owns the workspace gets in:
/// anyone else is refused with 403 before the upgrade. A malformed frame closes the socket with
/// a reason; nothing a browser sends can throw past this handler. When the workspace's machine is
/// gone (<see cref="WorkspaceUnavailableException"/>), the learner gets a notice frame in their
/// language and the socket closes with <see cref="TerminalFrameType.WorkspaceUnavailableClose"/>.
/// </summary>
public static class TerminalEndpoint
{
    public const string Path = "/terminal";

    public static IEndpointRouteBuilder MapTerminal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Path + "/{workspaceId}", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, string workspaceId, WorkspaceRegistry registry, IWorkspaceProvider provider, ILoggerFactory loggers)
    {
        // A refusal is a bare status for the socket client, never a re-executed page.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!SameOrigin(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var learnerId = LearnerIdentity.IdOf(context.User);
        if (learnerId is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var live = registry.Find(workspaceId);
        if (live is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (live.LearnerId != learnerId)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var logger = loggers.CreateLogger(typeof(TerminalEndpoint));
        var language = UiText.For(UiLanguage.Resolve(context)).Code;
        live.SocketOpened(+1);
        try
        {
            await using var session = await live.OpenTerminalAsync(context.RequestAborted);
            await PumpAsync(socket, session, live, language, provider.Limits.MaxInputBytes + 1, context.RequestAborted);
        }
        catch (WorkspaceUnavailableException e)
        {
            // The terminal could not even open: say why and close, unless the browser is gone already.
            try
            {
                using var send = new SemaphoreSlim(1, 1);
                await SendAsync(socket, send, TerminalFrameType.Notice, Encoding.UTF8.GetBytes(e.For(language)), context.RequestAborted);
                await socket.CloseAsync((WebSocketCloseStatus)TerminalFrameType.WorkspaceUnavailableClose, "workspace unavailable", context.RequestAborted);
            }
            catch (Exception closing) when (closing is WebSocketException or OperationCanceledException)
            {
                logger.LogDebug(closing, "Terminal socket of {Workspace} ended before the notice", workspaceId);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            logger.LogDebug(e, "Terminal socket of {Workspace} ended", workspaceId);
        }
        finally
        {
            live.SocketOpened(-1);
        }
    }

    /// <summary>The browser sends Origin on WebSocket requests; one from another site must not ride the learner's cookie.</summary>
    private static bool SameOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task PumpAsync(WebSocket socket, ITerminalSession session, LiveWorkspace live, string language, int maxFrame, CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        using var send = new SemaphoreSlim(1, 1);
        var lost = new TaskCompletionSource<WorkspaceUnavailableException>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLost(WorkspaceUnavailableException reason) => lost.TrySetResult(reason);
        live.MachineLost += OnLost;
        if (live.Unavailable is { } already)
        {
            lost.TrySetResult(already);
        }
        await SendAsync(socket, send, TerminalFrameType.Output, session.Screen, stop.Token);
        var output = Task.Run(async () =>
        {
            await foreach (var chunk in session.ReadOutputAsync(stop.Token))
            {
                await SendAsync(socket, send, TerminalFrameType.Output, chunk, stop.Token);
            }
        }, stop.Token);

        var receive = ReceiveAsync(socket, session, live, maxFrame, stop.Token);
        try
        {
            if (await Task.WhenAny(receive, lost.Task) == lost.Task)
            {
                await CloseUnavailableAsync(socket, send, (await lost.Task).For(language), receive);
                return;
            }
            var error = await receive;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await send.WaitAsync(CancellationToken.None);
                var (status, reason) = error ?? (WebSocketCloseStatus.NormalClosure, "bye");
                await socket.CloseAsync(status, reason, CancellationToken.None);
            }
        }
        finally
        {
            live.MachineLost -= OnLost;
            await stop.CancelAsync();
            foreach (var pump in new[] { output, receive })
            {
                try
                {
                    await pump;
                }
                catch (Exception e) when (e is OperationCanceledException or WebSocketException)
                {
                    // The browser went away or the socket closed: the pumps end with it.
                }
            }
        }
    }

    /// <summary>
    /// The machine is gone: the notice in the learner's language, then our close; the receive loop
    /// goes on until the browser answers the close (briefly). The send lock is kept, so no output
    /// follows the close.
    /// </summary>
    private static async Task CloseUnavailableAsync(WebSocket socket, SemaphoreSlim send, string message, Task receive)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        await SendAsync(socket, send, TerminalFrameType.Notice, Encoding.UTF8.GetBytes(message), CancellationToken.None);
        await send.WaitAsync(CancellationToken.None);
        await socket.CloseOutputAsync((WebSocketCloseStatus)TerminalFrameType.WorkspaceUnavailableClose, "workspace unavailable", CancellationToken.None);
        await Task.WhenAny(receive, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    /// <summary>Reads frames until the browser closes (null) or sends a malformed one (the close status and reason).</summary>
    private static async Task<(WebSocketCloseStatus, string)?> ReceiveAsync(WebSocket socket, ITerminalSession session, LiveWorkspace live, int maxFrame, CancellationToken cancellation)
    {
        var buffer = new byte[maxFrame + 1];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    return (WebSocketCloseStatus.MessageTooBig, $"frame larger than {maxFrame} bytes");
                }
                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellation);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            if (result.MessageType != WebSocketMessageType.Binary)
            {
                return (WebSocketCloseStatus.InvalidMessageType, "binary frames only: a type byte then the payload");
            }
            if (length > maxFrame)
            {
                return (WebSocketCloseStatus.MessageTooBig, $"frame larger than {maxFrame} bytes");
            }

            var frame = TerminalFrame.Parse(buffer.AsMemory(0, length));
            if (frame.Error is { } error)
            {
                return error;
            }
            if (frame.Size is { } size)
            {
                session.Resize(size.Columns, size.Rows);
                continue;
            }
            // Copy: the buffer is reused for the next frame while the workspace may still read this one.
            var input = frame.Input.ToArray();
            try
            {
                await session.WriteInputAsync(input, cancellation);
            }
            catch (ArgumentException e)
            {
                return (WebSocketCloseStatus.PolicyViolation, "input refused: " + e.Message);
            }
            catch (WorkspaceUnavailableException e)
            {
                // The pump sees it through MachineLost, says why and closes; keep reading until the browser's close.
                live.MarkUnavailable(e);
                continue;
            }
            _ = live.InputSentAsync(input);
        }
    }

    private static async Task SendAsync(WebSocket socket, SemaphoreSlim send, byte type, ReadOnlyMemory<byte> data, CancellationToken cancellation)
    {
        var frame = ArrayPool<byte>.Shared.Rent(data.Length + 1);
        try
        {
            frame[0] = type;
            data.CopyTo(frame.AsMemory(1));
            await send.WaitAsync(cancellation);
            try
            {
                await socket.SendAsync(frame.AsMemory(0, data.Length + 1), WebSocketMessageType.Binary, true, cancellation);
            }
            finally
            {
                send.Release();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
    }
}
