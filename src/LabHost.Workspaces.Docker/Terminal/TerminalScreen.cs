namespace LabHost.Workspaces.Docker.Terminal;

/// <summary>
/// The workspace's one terminal as every session sees it: the newest output bytes (to repaint a
/// reconnecting browser), the size, and the open sessions. Safe for concurrent use.
/// </summary>
internal sealed class TerminalScreen(int maxBytes, int columns, int rows)
{
    private readonly object gate = new();
    private readonly List<byte> screen = [];
    private readonly List<DockerTerminalSession> sessions = [];
    private long lastOutputTicks;

    public int Columns { get; private set; } = Math.Max(1, columns);

    public int Rows { get; private set; } = Math.Max(1, rows);

    /// <summary>When output last arrived (<see cref="Environment.TickCount64"/>).</summary>
    public long LastOutputTicks => Interlocked.Read(ref lastOutputTicks);

    /// <summary>The end of the screen as text (for prompt detection).</summary>
    public string Tail(int bytes)
    {
        lock (gate)
        {
            var start = Math.Max(0, screen.Count - bytes);
            return System.Text.Encoding.UTF8.GetString([.. screen.Skip(start)]);
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        var copy = bytes.ToArray();
        lock (gate)
        {
            screen.AddRange(copy);
            if (screen.Count > maxBytes)
            {
                // Drop the oldest quarter, then up to the next line start so a repaint starts cleanly.
                var cut = screen.Count - (maxBytes * 3 / 4);
                var newline = screen.IndexOf((byte)'\n', cut);
                screen.RemoveRange(0, newline >= 0 && newline < cut + 1024 ? newline + 1 : cut);
            }

            foreach (var session in sessions)
            {
                session.Enqueue(copy);
            }
        }

        Interlocked.Exchange(ref lastOutputTicks, Environment.TickCount64);
    }

    public void Write(string text) => Write(System.Text.Encoding.UTF8.GetBytes(text));

    public void Clear()
    {
        lock (gate)
        {
            screen.Clear();
        }
    }

    public void SetSize(int columns, int rows)
    {
        lock (gate)
        {
            Columns = Math.Max(1, columns);
            Rows = Math.Max(1, rows);
        }
    }

    public byte[] Subscribe(DockerTerminalSession session)
    {
        lock (gate)
        {
            sessions.Add(session);
            return [.. screen];
        }
    }

    public void Unsubscribe(DockerTerminalSession session)
    {
        lock (gate)
        {
            sessions.Remove(session);
        }
    }

    public void CloseAll()
    {
        lock (gate)
        {
            foreach (var session in sessions)
            {
                session.Complete();
            }

            sessions.Clear();
        }
    }
}
