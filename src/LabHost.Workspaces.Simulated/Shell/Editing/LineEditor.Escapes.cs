using System.Text;

namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>
/// ESC sequences: CSI (ESC [ params final) and SS3 (ESC O x) cursor keys, Delete, Home/End and
/// bracketed paste. State survives between Feed calls, so a sequence may arrive in pieces.
/// </summary>
public sealed partial class LineEditor
{
    private readonly StringBuilder escape = new();

    /// <summary>Inside ESC[200~ ... ESC[201~: Tab and other control keys are typed, not obeyed.</summary>
    public bool Pasting { get; private set; }

    private void FeedEscape(char c)
    {
        escape.Append(c);
        var sequence = escape.ToString();
        if (sequence.Length == 1)
        {
            return;
        }

        if (sequence.Length == 2)
        {
            if (c is '[' or 'O')
            {
                return;
            }

            escape.Clear();
            if (c == 0x7f)
            {
                Replace(WordStart(), cursor, "");
            }

            return;
        }

        var isFinal = sequence[1] == 'O' || c is >= '@' and <= '~';
        if (!isFinal && sequence.Length < 16)
        {
            return;
        }

        escape.Clear();
        switch (sequence[2..])
        {
            case "D":
                MoveCursor(cursor - 1);
                break;
            case "C":
                MoveCursor(cursor + 1);
                break;
            case "A":
                RecallHistory(-1);
                break;
            case "B":
                RecallHistory(+1);
                break;
            case "H" or "1~" or "7~":
                MoveCursor(0);
                break;
            case "F" or "4~" or "8~":
                MoveCursor(line.Count);
                break;
            case "3~":
                DeleteForward();
                break;
            case "200~":
                Pasting = true;
                break;
            case "201~":
                Pasting = false;
                break;
        }
    }
}
