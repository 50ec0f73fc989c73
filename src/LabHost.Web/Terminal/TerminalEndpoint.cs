using System.Buffers;
using System.Net.WebSockets;
using LabHost.Web.Learners;
using LabHost.Web.Sessions;
using LabHost.Workspaces;

namespace LabHost.Web.Terminal;

/// <summary>
/// <c>/terminal/{workspaceId}</c>: the terminal's bytes on a WebSocket of their own, not the
/// Blazor circuit (docs/terminal-protocol.md). Only the learner who owns the workspace gets in:
/// anyone else is refused with 403 before the upgrade. A malformed frame closes the socket with
/// a reason; nothing a browser sends can throw past this handler.
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
        live.SocketOpened(+1);
        try
        {
            await using var session = await live.OpenTerminalAsync(context.RequestAborted);
            await PumpAsync(socket, session, live, provider.Limits.MaxInputBytes + 1, context.RequestAborted);
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

    private static async Task PumpAsync(WebSocket socket, ITerminalSession session, LiveWorkspace live, int maxFrame, CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var send = new SemaphoreSlim(1, 1);
        await SendOutputAsync(socket, send, session.Screen, stop.Token);
        var output = Task.Run(async () =>
        {
            await foreach (var chunk in session.ReadOutputAsync(stop.Token))
            {
                await SendOutputAsync(socket, send, chunk, stop.Token);
            }
        }, stop.Token);

        try
        {
            var error = await ReceiveAsync(socket, session, live, maxFrame, stop.Token);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await send.WaitAsync(CancellationToken.None);
                var (status, reason) = error ?? (WebSocketCloseStatus.NormalClosure, "bye");
                await socket.CloseAsync(status, reason, CancellationToken.None);
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await output;
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // The browser went away or the socket closed: the output pump ends with it.
            }
        }
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
            _ = live.InputSentAsync(input);
        }
    }

    private static async Task SendOutputAsync(WebSocket socket, SemaphoreSlim send, ReadOnlyMemory<byte> data, CancellationToken cancellation)
    {
        var frame = ArrayPool<byte>.Shared.Rent(data.Length + 1);
        try
        {
            frame[0] = TerminalFrameType.Output;
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
