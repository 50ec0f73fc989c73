using System.Text;

namespace LabHost.Workspaces.Testing;

/// <summary>
/// Drives an <see cref="ITerminalSession"/> the way xterm.js does: one WriteInput per key (Enter
/// is "\r", Ctrl-P "\u0010", Tab "\t"), and reads the output in the background.
/// </summary>
public sealed class TerminalDriver : IAsyncDisposable
{
    public const string CtrlP = "\u0010";
    public const string CtrlQ = "\u0011";

    private readonly StringBuilder output = new();
    private readonly SemaphoreSlim changed = new(0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task reader;
    private int mark;

    private readonly TimeSpan timeout;

    /// <summary>Reads the session; <paramref name="timeout"/> bounds each wait (10 s by default).</summary>
    public TerminalDriver(ITerminalSession session, TimeSpan? timeout = null)
    {
        Session = session;
        this.timeout = timeout ?? TimeSpan.FromSeconds(10);
        output.Append(Encoding.UTF8.GetString(session.Screen.Span));
        reader = ReadAsync();
    }

    public ITerminalSession Session { get; }

    /// <summary>Everything the terminal showed: the screen at open, then the output since.</summary>
    public string Text
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Output since the last <see cref="Mark"/>.</summary>
    public string SinceMark => Text[mark..];

    public void Mark() => mark = Text.Length;

    /// <summary>Sends each character as its own key press (a surrogate pair as one).</summary>
    public async Task TypeAsync(string keys)
    {
        var i = 0;
        while (i < keys.Length)
        {
            var length = char.IsHighSurrogate(keys[i]) && i + 1 < keys.Length ? 2 : 1;
            await Session.WriteInputAsync(Encoding.UTF8.GetBytes(keys.Substring(i, length)));
            i += length;
        }
    }

    /// <summary>A paste: all keys in one write.</summary>
    public Task PasteAsync(string text) => Session.WriteInputAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Types the line, Enter, and waits until a prompt follows the line's end: output that ends with
    /// the prompt after a line break. A prompt a real shell redraws on its own (bash on SIGWINCH:
    /// "\r\e[K\rroot@host:~# ") is not the end of the command.
    /// </summary>
    public async Task<string> RunAsync(string line, string prompt)
    {
        Mark();
        await TypeAsync(line + "\r");
        await WaitForAsync(t => t.EndsWith(prompt, StringComparison.Ordinal) && t.IndexOf("\r\n", StringComparison.Ordinal) is >= 0 and var end && end < t.Length - prompt.Length);
        return SinceMark;
    }

    /// <summary>Waits until the output since the mark satisfies the condition (the driver's timeout at most).</summary>
    public async Task WaitForAsync(Func<string, bool> condition)
    {
        using var timeout = new CancellationTokenSource(this.timeout);
        while (!condition(SinceMark))
        {
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"terminal did not show what was expected; it shows:\n{SinceMark}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Session.DisposeAsync();
        try
        {
            await reader;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReadAsync()
    {
        await foreach (var chunk in Session.ReadOutputAsync(stop.Token))
        {
            lock (output)
            {
                output.Append(Encoding.UTF8.GetString(chunk.Span));
            }

            changed.Release();
        }
    }
}
