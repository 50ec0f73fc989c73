using System.Buffers.Binary;
using System.Text.Json;

namespace LabHost.Web.Terminal;

/// <summary>
/// One frame from the browser, parsed: input bytes, a resize, or why the frame is refused (the
/// close status and reason the socket ends with). Pure; safe for concurrent use.
/// </summary>
public sealed record TerminalFrame
{
    public const int MaxColumns = 500;
    public const int MaxRows = 200;

    public ReadOnlyMemory<byte> Input { get; private init; }

    public (int Columns, int Rows)? Size { get; private init; }

    /// <summary>Set when the frame is malformed: the socket closes with this status and reason.</summary>
    public (System.Net.WebSockets.WebSocketCloseStatus Status, string Reason)? Error { get; private init; }

    public static TerminalFrame Parse(ReadOnlyMemory<byte> frame)
    {
        if (frame.IsEmpty)
        {
            return Fail(System.Net.WebSockets.WebSocketCloseStatus.InvalidPayloadData, "empty frame: the first byte must be the frame type");
        }
        var payload = frame[1..];
        return frame.Span[0] switch
        {
            TerminalFrameType.Input => new TerminalFrame { Input = payload },
            TerminalFrameType.Resize => ParseResize(payload.Span),
            var type => Fail(System.Net.WebSockets.WebSocketCloseStatus.InvalidMessageType, $"unknown frame type 0x{type:x2}: expected '0' (input) or '2' (resize)"),
        };
    }

    public static TerminalFrame Fail(System.Net.WebSockets.WebSocketCloseStatus status, string reason) => new() { Error = (status, reason) };

    private static TerminalFrame ParseResize(ReadOnlySpan<byte> payload)
    {
        int columns, rows;
        if (payload.Length == 4)
        {
            columns = BinaryPrimitives.ReadUInt16BigEndian(payload);
            rows = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]);
        }
        else if (!TryReadJson(payload, out columns, out rows))
        {
            return BadResize();
        }
        return columns is < 1 or > MaxColumns || rows is < 1 or > MaxRows ? BadResize() : new TerminalFrame { Size = (columns, rows) };
    }

    private static bool TryReadJson(ReadOnlySpan<byte> payload, out int columns, out int rows)
    {
        columns = rows = 0;
        try
        {
            var reader = new Utf8JsonReader(payload);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("cols", out var c) && c.TryGetInt32(out columns)
                && root.TryGetProperty("rows", out var r) && r.TryGetInt32(out rows);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static TerminalFrame BadResize() => Fail(
        System.Net.WebSockets.WebSocketCloseStatus.InvalidPayloadData,
        $"bad resize: send {{\"cols\":N,\"rows\":N}} or two big-endian uint16, 1..{MaxColumns} columns and 1..{MaxRows} rows");
}
