using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Go's strconv.Unquote for "..." , `...` and '.' literals; null when invalid.</summary>
internal static class GoUnquote
{
    public static string? Unquote(string literal)
    {
        if (literal.Length < 2 || literal[0] != literal[^1])
        {
            return null;
        }

        var body = literal[1..^1];
        if (literal[0] == '`')
        {
            return body.Contains('`', StringComparison.Ordinal) ? null : body.Replace("\r", string.Empty, StringComparison.Ordinal);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == literal[0] || c == '\n')
            {
                return null;
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (++i >= body.Length)
            {
                return null;
            }

            switch (body[i])
            {
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case '\\': sb.Append('\\'); break;
                case '\'' when literal[0] == '\'': sb.Append('\''); break;
                case '"' when literal[0] == '"': sb.Append('"'); break;
                case 'x': if (!AppendCode(sb, body, ref i, 2, 16)) { return null; } break;
                case 'u': if (!AppendCode(sb, body, ref i, 4, 16)) { return null; } break;
                case 'U': if (!AppendCode(sb, body, ref i, 8, 16)) { return null; } break;
                case >= '0' and <= '7': i--; if (!AppendCode(sb, body, ref i, 3, 8)) { return null; } break;
                default: return null;
            }
        }

        return sb.ToString();
    }

    private static bool AppendCode(StringBuilder sb, string body, ref int i, int length, int radix)
    {
        if (i + length >= body.Length + 0 && i + length > body.Length - 1 + 1)
        {
            return false;
        }

        var digits = body.Substring(i + 1, Math.Min(length, body.Length - i - 1));
        if (digits.Length != length)
        {
            return false;
        }

        int value;
        try
        {
            value = Convert.ToInt32(digits, radix);
        }
        catch (FormatException)
        {
            return false;
        }

        if (radix == 16 && !digits.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        i += length;
        if (length == 2 || radix == 8)
        {
            // \x and octal escapes are bytes; a lone byte >= 0x80 is invalid UTF-8 in Go.
            sb.Append(value < 0x80 ? (char)value : '\uFFFD');
            return value <= 0xFF;
        }

        if (!Rune.IsValid(value))
        {
            return false;
        }

        sb.Append(new Rune(value).ToString());
        return true;
    }
}
