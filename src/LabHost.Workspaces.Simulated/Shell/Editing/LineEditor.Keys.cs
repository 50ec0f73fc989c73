using System.Text;

namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>Control keys and the edits they make.</summary>
public sealed partial class LineEditor
{
    private int historyIndex;
    private string draft = "";

    private EditorAction Control(int key, bool wasTab)
    {
        switch (key)
        {
            case '\r' or '\n':
                MoveTo(PositionOf(line.Count));
                Write("\r\n");
                Active = false;
                return new EditorAction(EditorActionKind.Submit, Line);
            case 0x03:
                MoveTo(PositionOf(line.Count));
                Write("^C\r\n");
                Active = false;
                return new EditorAction(EditorActionKind.Interrupt);
            case 0x04 when line.Count == 0:
                Active = false;
                return new EditorAction(EditorActionKind.EndOfFile);
            case 0x04:
                DeleteForward();
                break;
            case 0x01:
                MoveCursor(0);
                break;
            case 0x05:
                MoveCursor(line.Count);
                break;
            case 0x02:
                MoveCursor(cursor - 1);
                break;
            case 0x06:
                MoveCursor(cursor + 1);
                break;
            case 0x7f or 0x08:
                Backspace();
                break;
            case 0x15:
                Replace(0, cursor, "");
                break;
            case 0x0b:
                Replace(cursor, line.Count, "");
                break;
            case 0x17:
                Replace(WordStart(), cursor, "");
                break;
            case 0x0c:
                Write("\u001b[H\u001b[2J");
                row = 0;
                column = 0;
                Redraw();
                break;
            case 0x10:
                RecallHistory(-1);
                break;
            case 0x0e:
                RecallHistory(+1);
                break;
            case '\t':
                lastWasTab = true;
                Complete(wasTab);
                break;
        }

        return EditorAction.None;
    }

    private EditorAction Insert(Rune rune)
    {
        if (line.Count >= MaxLength || Rune.IsControl(rune))
        {
            Write(line.Count >= MaxLength ? "\a" : "");
            return EditorAction.None;
        }

        if (cursor == line.Count)
        {
            line.Add(rune);
            cursor++;
            Write(rune.ToString());
            SettleAfterWrite(PositionOf(cursor));
        }
        else
        {
            line.Insert(cursor++, rune);
            Redraw();
        }

        return EditorAction.None;
    }

    private void Backspace()
    {
        if (cursor == 0)
        {
            return;
        }

        var width = DisplayWidth.Of(line[cursor - 1]);
        if (cursor == line.Count && column >= width && width > 0)
        {
            line.RemoveAt(--cursor);
            Write(new string('\b', width) + "\u001b[K");
            column -= width;
            return;
        }

        line.RemoveAt(--cursor);
        Redraw();
    }

    private void DeleteForward()
    {
        if (cursor < line.Count)
        {
            line.RemoveAt(cursor);
            Redraw();
        }
    }

    private void MoveCursor(int target)
    {
        cursor = Math.Clamp(target, 0, line.Count);
        MoveTo(PositionOf(cursor));
    }

    /// <summary>Replaces runes [start, end) with text and leaves the cursor after it.</summary>
    private void Replace(int start, int end, string text)
    {
        var runes = text.EnumerateRunes().ToList();
        line.RemoveRange(start, end - start);
        line.InsertRange(start, runes);
        cursor = start + runes.Count;
        Redraw();
    }

    private int WordStart()
    {
        var i = cursor;
        while (i > 0 && Rune.IsWhiteSpace(line[i - 1]))
        {
            i--;
        }

        while (i > 0 && !Rune.IsWhiteSpace(line[i - 1]))
        {
            i--;
        }

        return i;
    }

    private void RecallHistory(int step)
    {
        var target = historyIndex + step;
        if (target < 0 || target > History.Count)
        {
            return;
        }

        if (historyIndex == History.Count)
        {
            draft = Line;
        }

        historyIndex = target;
        Replace(0, line.Count, target == History.Count ? draft : History[target]);
    }
}
