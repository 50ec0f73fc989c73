using System.Globalization;

namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>
/// Where things are on screen. Positions are (row, column) relative to the prompt's first row;
/// a wide character that does not fit at the end of a row wraps whole, leaving one cell blank,
/// as xterm.js does. After writing up to the right margin we emit CR LF so the terminal's
/// cursor really is on the next row (it would otherwise sit in the "pending wrap" state).
/// </summary>
public sealed partial class LineEditor
{
    private int row;
    private int column;

    /// <summary>Where the cell for rune index <paramref name="index"/> (or the end) is.</summary>
    private (int Row, int Column) PositionOf(int index)
    {
        var width = Columns;
        var promptWidth = DisplayWidth.Of(prompt);
        int r = promptWidth / width, c = promptWidth % width;
        for (var i = 0; i < index && i < line.Count; i++)
        {
            var w = DisplayWidth.Of(line[i]);
            if (c + w > width)
            {
                r++;
                c = 0;
            }

            c += w;
            if (c >= width)
            {
                r++;
                c = 0;
            }
        }

        return (r, c);
    }

    /// <summary>After text was written ending at <paramref name="end"/>: leave the pending-wrap state.</summary>
    private void SettleAfterWrite((int Row, int Column) end)
    {
        if (end.Column == 0 && end.Row > row)
        {
            Write("\r\n");
        }

        (row, column) = end;
    }

    private void MoveTo((int Row, int Column) target)
    {
        var moves = "";
        if (target.Row < row)
        {
            moves += $"\u001b[{(row - target.Row).ToString(CultureInfo.InvariantCulture)}A";
        }
        else if (target.Row > row)
        {
            moves += $"\u001b[{(target.Row - row).ToString(CultureInfo.InvariantCulture)}B";
        }

        if (target.Column != column)
        {
            moves += target.Column < column && column - target.Column <= 4 && target.Row == row
                ? new string('\b', column - target.Column)
                : "\r" + (target.Column > 0 ? $"\u001b[{target.Column.ToString(CultureInfo.InvariantCulture)}C" : "");
        }

        Write(moves);
        (row, column) = target;
    }

    /// <summary>Back to the prompt's start, clear below, write prompt and line, put the cursor back.</summary>
    private void Redraw()
    {
        var back = row > 0 ? $"\u001b[{row.ToString(CultureInfo.InvariantCulture)}A" : "";
        Write(back + "\r\u001b[J" + prompt + Line);
        row = 0;
        column = 0;
        SettleAfterWrite(PositionOf(line.Count));
        MoveTo(PositionOf(cursor));
    }
}
