using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Go's strconv.Quote and strconv.QuoteRune (what <c>%q</c> prints).</summary>
internal static class GoQuote
{
    public static string Quote(string value, char quote = '"')
    {
        var sb = new StringBuilder().Append(quote);
        foreach (var rune in value.EnumerateRunes())
        {
            AppendRune(sb, rune, quote);
        }

        return sb.Append(quote).ToString();
    }

    public static string QuoteRune(long value)
    {
        var rune = value is >= 0 and <= 0x10FFFF && Rune.IsValid((int)value) ? new Rune((int)value) : Rune.ReplacementChar;
        var sb = new StringBuilder().Append('\'');
        AppendRune(sb, rune, '\'');
        return sb.Append('\'').ToString();
    }

    private static void AppendRune(StringBuilder sb, Rune rune, char quote)
    {
        var v = rune.Value;
        if (v == quote || v == '\\')
        {
            sb.Append('\\').Append((char)v);
            return;
        }

        switch (v)
        {
            case '\a': sb.Append("\\a"); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
            case '\v': sb.Append("\\v"); return;
        }

        if (IsPrint(rune))
        {
            sb.Append(rune.ToString());
        }
        else if (v < ' ' || v == 0x7f)
        {
            sb.Append("\\x").Append(v.ToString("x2", CultureInfo.InvariantCulture));
        }
        else if (v < 0x10000)
        {
            sb.Append("\\u").Append(v.ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append("\\U").Append(v.ToString("x8", CultureInfo.InvariantCulture));
        }
    }

    // Approximates unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
    private static bool IsPrint(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
