using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>
/// Terminal cell widths, as xterm.js counts them: East Asian wide and fullwidth characters
/// (Hangul, CJK, most emoji) take 2 cells, combining marks 0, the rest 1.
/// </summary>
public static class DisplayWidth
{
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value == 0 || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    /// <summary>The width of text, skipping ESC [ ... letter sequences (coloured prompts).</summary>
    public static int Of(string text)
    {
        var width = 0;
        var inEscape = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == 0x1b)
            {
                inEscape = true;
            }
            else if (inEscape)
            {
                inEscape = !(rune.Value is >= 0x40 and <= 0x7e && rune.Value != '[');
            }
            else if (rune.Value >= 0x20)
            {
                width += Of(rune);
            }
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xA960 and <= 0xA97F
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1F64F
        or >= 0x1F900 and <= 0x1F9FF
        or >= 0x20000 and <= 0x3FFFD;
}
