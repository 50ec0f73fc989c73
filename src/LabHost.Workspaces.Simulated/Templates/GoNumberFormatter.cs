using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>fmt's integer and float verbs.</summary>
internal static class GoNumberFormatter
{
    public static void WriteInt(StringBuilder sb, IntValue value, char verb, FormatSpec spec)
    {
        var v = value.Value;
        var magnitude = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        string digits;
        var prefix = string.Empty;
        switch (verb)
        {
            case 'v' or 'd': digits = magnitude.ToString(CultureInfo.InvariantCulture); break;
            case 'x': digits = magnitude.ToString("x", CultureInfo.InvariantCulture); prefix = spec.Sharp ? "0x" : string.Empty; break;
            case 'X': digits = magnitude.ToString("X", CultureInfo.InvariantCulture); prefix = spec.Sharp ? "0X" : string.Empty; break;
            case 'o': digits = Convert.ToString((long)magnitude, 8); prefix = spec.Sharp ? "0" : string.Empty; break;
            case 'O': digits = Convert.ToString((long)magnitude, 8); prefix = "0o"; break;
            case 'b': digits = Convert.ToString((long)magnitude, 2); break;
            case 'c':
                GoFormatter.Pad(sb, v is >= 0 and <= 0x10FFFF && Rune.IsValid((int)v) ? new Rune((int)v).ToString() : "\uFFFD", spec);
                return;
            case 'q':
                GoFormatter.Pad(sb, GoQuote.QuoteRune(v), spec);
                return;
            case 'U':
                GoFormatter.Pad(sb, "U+" + magnitude.ToString("X4", CultureInfo.InvariantCulture), spec);
                return;
            default:
                GoFormatter.BadVerb(sb, verb, value);
                return;
        }

        if (spec.Precision >= 0)
        {
            digits = digits.PadLeft(Math.Min(spec.Precision, 1 << 16), '0');
            if (spec.Precision == 0 && v == 0)
            {
                digits = string.Empty;
            }
        }

        var sign = v < 0 ? "-" : spec.Plus ? "+" : spec.Space ? " " : string.Empty;
        var text = sign + prefix + digits;
        GoFormatter.Pad(sb, text, spec, zeroAllowed: spec.Precision < 0 && !spec.Minus);
    }

    public static void WriteFloat(StringBuilder sb, FloatValue value, char verb, FormatSpec spec)
    {
        var v = value.Value;
        string text;
        switch (verb)
        {
            case 'v' or 'g': text = GoFloat.FormatG(v, spec.Precision); break;
            case 'G': text = GoFloat.FormatG(v, spec.Precision).ToUpperInvariant(); break;
            case 'e' or 'E': text = GoFloat.FormatFixed(v, spec.Precision < 0 ? 6 : spec.Precision, verb); break;
            case 'f' or 'F': text = GoFloat.FormatFixed(v, spec.Precision < 0 ? 6 : spec.Precision, 'f'); break;
            default:
                GoFormatter.BadVerb(sb, verb, value);
                return;
        }

        if (!text.StartsWith('-') && (spec.Plus || spec.Space))
        {
            text = (spec.Plus ? "+" : " ") + text;
        }

        GoFormatter.Pad(sb, text, spec, zeroAllowed: !spec.Minus && !double.IsNaN(v) && !double.IsInfinity(v));
    }
}
