using System.Text;

namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>
/// A readline-like line editor over VT100. Feed it the characters xterm.js sends, one at a time
/// (escape sequences and surrogate pairs may be split across calls); it writes the echo and
/// redraws through the output callback and reports Enter, Ctrl-C and Ctrl-D.
/// After Submit, Interrupt or EndOfFile it is idle until the next <see cref="Start"/>.
/// Not safe for concurrent use.
/// </summary>
public sealed partial class LineEditor
{
    private readonly Action<string> output;
    private readonly List<Rune> line = [];
    private string prompt = "";
    private int cursor;
    private char pendingHighSurrogate;
    private bool skipLineFeed;
    private bool lastWasTab;

    public LineEditor(Action<string> output, ICompletionSource? completion = null)
    {
        this.output = output;
        Completion = completion;
    }

    public ICompletionSource? Completion { get; set; }

    /// <summary>Lines for Up/Down, oldest first; read when the user navigates.</summary>
    public IReadOnlyList<string> History { get; set; } = [];

    public bool Active { get; private set; }

    /// <summary>Characters a line may hold; more are refused with a bell.</summary>
    public int MaxLength { get; set; } = 8192;

    public string Line => string.Concat(line);

    /// <summary>The cursor as an index into <see cref="Line"/>'s runes.</summary>
    public int Cursor => cursor;

    public int Columns { get; private set; } = 80;

    /// <summary>Writes the prompt and starts an empty line.</summary>
    public void Start(string promptText)
    {
        prompt = promptText;
        line.Clear();
        cursor = 0;
        historyIndex = History.Count;
        draft = "";
        escape.Clear();
        Active = true;
        row = 0;
        column = 0;
        Write(prompt);
        SettleAfterWrite(PositionOf(0));
    }

    /// <summary>The terminal was resized; xterm.js reflows, so only our idea of the cursor changes.</summary>
    public void Resize(int columns)
    {
        Columns = Math.Max(1, columns);
        if (Active)
        {
            (row, column) = PositionOf(cursor);
        }
    }

    public EditorAction Feed(string text)
    {
        var result = EditorAction.None;
        foreach (var c in text)
        {
            var action = Feed(c);
            if (action.Kind != EditorActionKind.None)
            {
                result = action;
            }
        }

        return result;
    }

    public EditorAction Feed(char c)
    {
        if (!Active)
        {
            return EditorAction.None;
        }

        if (char.IsHighSurrogate(c))
        {
            pendingHighSurrogate = c;
            return EditorAction.None;
        }

        Rune rune;
        if (char.IsLowSurrogate(c))
        {
            if (pendingHighSurrogate == '\0')
            {
                return EditorAction.None;
            }

            rune = new Rune(pendingHighSurrogate, c);
            pendingHighSurrogate = '\0';
        }
        else
        {
            rune = new Rune(c);
        }

        var wasTab = lastWasTab;
        lastWasTab = false;
        if (escape.Length > 0 || rune.Value == 0x1b)
        {
            skipLineFeed = false;
            FeedEscape((char)rune.Value);
            return EditorAction.None;
        }

        if (rune.Value == '\n' && skipLineFeed)
        {
            skipLineFeed = false;
            return EditorAction.None;
        }

        skipLineFeed = rune.Value == '\r';
        if (Pasting && rune.Value < 0x20 && rune.Value is not ('\r' or '\n'))
        {
            return rune.Value == '\t' ? Insert(new Rune(' ')) : EditorAction.None;
        }

        return rune.Value < 0x20 || rune.Value == 0x7f ? Control(rune.Value, wasTab) : Insert(rune);
    }

    private void Write(string text)
    {
        if (text.Length > 0)
        {
            output(text);
        }
    }
}
