using System.Globalization;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Go's parse.NumberNode: integers in any base, floats, and character constants.</summary>
internal static class NumberParser
{
    public static NumberNode Parse(Token token, Func<string, NumberNode> fail)
    {
        var text = token.Value;
        if (token.Kind == TokenKind.CharConstant)
        {
            var unquoted = GoUnquote.Unquote(text);
            if (unquoted is null || unquoted.EnumerateRunes().Count() != 1)
            {
                return fail("malformed character constant: " + text);
            }

            var rune = unquoted.EnumerateRunes().First().Value;
            return new NumberNode(token.Pos, text, new IntValue(rune), true, rune);
        }

        if (text.EndsWith('i'))
        {
            // Approximation: Go accepts complex constants; nothing in Docker formats takes them.
            return fail("complex numbers are not supported: " + GoQuote.Quote(text));
        }

        var clean = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = clean.StartsWith('-');
        var unsigned = clean.TrimStart('+', '-');
        if (TryParseInt(unsigned, out var magnitude) && magnitude <= (negative ? 1UL << 63 : long.MaxValue))
        {
            var value = negative ? (long)(0 - magnitude) : (long)magnitude;
            var isFloatText = !unsigned.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && unsigned.IndexOfAny(['.', 'e', 'E', 'p', 'P']) >= 0;
            return new NumberNode(token.Pos, text, isFloatText ? new FloatValue(value) : new IntValue(value), true, value);
        }

        if (!unsigned.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(clean, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d))
        {
            var isInt = Math.Floor(d) == d && Math.Abs(d) < 9.2e18;
            return new NumberNode(token.Pos, text, new FloatValue(d), isInt, isInt ? (long)d : 0);
        }

        return fail("illegal number syntax: " + GoQuote.Quote(text));
    }

    private static bool TryParseInt(string text, out ulong value)
    {
        value = 0;
        var (digits, radix) = text.Length > 1 && text[0] == '0'
            ? char.ToLowerInvariant(text[1]) switch
            {
                'x' => (text[2..], 16),
                'o' => (text[2..], 8),
                'b' => (text[2..], 2),
                _ => (text[1..], 8),
            }
            : (text, 10);
        if (digits.Length == 0)
        {
            return text == "0";
        }

        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                return radix == 10 || radix == 8 ? false : false;
            }

            var next = unchecked((value * (ulong)radix) + (ulong)digit);
            if (value > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            value = next;
        }

        return true;
    }
}
