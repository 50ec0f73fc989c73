using System.Text;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// The workspace's one terminal: what was written to it (the newest part, to repaint a
/// reconnecting browser), its size, and the sessions reading it. Safe for concurrent use.
/// </summary>
internal sealed class TerminalHub(int maxScreenChars, int columns, int rows)
{
    private readonly object gate = new();
    private readonly StringBuilder screen = new();
    private readonly List<SimulatedTerminalSession> sessions = [];

    public int Columns { get; private set; } = Math.Max(1, columns);

    public int Rows { get; private set; } = Math.Max(1, rows);

    public string ScreenText
    {
        get
        {
            lock (gate)
            {
                return screen.ToString();
            }
        }
    }

    /// <summary>Terminal output (the shells' sink).</summary>
    public void Write(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        lock (gate)
        {
            screen.Append(text);
            if (screen.Length > maxScreenChars)
            {
                Trim();
            }

            foreach (var session in sessions)
            {
                session.Enqueue(bytes);
            }
        }
    }

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

    /// <summary>Adds a reader; returns the screen so far, taken atomically with the subscription.</summary>
    public string Subscribe(SimulatedTerminalSession session)
    {
        lock (gate)
        {
            sessions.Add(session);
            return screen.ToString();
        }
    }

    public void Unsubscribe(SimulatedTerminalSession session)
    {
        lock (gate)
        {
            sessions.Remove(session);
        }
    }

    /// <summary>Keeps the newest three quarters, starting at a line if one starts there.</summary>
    private void Trim()
    {
        var cut = screen.Length - (maxScreenChars * 3 / 4);
        for (var i = cut; i < screen.Length && i < cut + 1024; i++)
        {
            if (screen[i] == '\n')
            {
                cut = i + 1;
                break;
            }
        }

        screen.Remove(0, cut);
    }
}
