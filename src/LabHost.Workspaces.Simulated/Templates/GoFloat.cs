using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Go's strconv float formatting ('e', 'f', 'g', shortest and fixed precision).</summary>
internal static class GoFloat
{
    /// <summary>strconv 'g': shortest digits for precision -1 (fmt's %v); e-form when exp &lt; -4 or exp &gt;= precision (6 when shortest).</summary>
    public static string FormatG(double value, int precision = -1)
    {
        if (Special(value) is { } special)
        {
            return special;
        }

        var (negative, digits, dp) = Decompose(value, precision < 0 ? -1 : Math.Max(precision, 1));
        var eprec = precision < 0 ? 6 : Math.Max(precision, 1);
        if (precision >= 0 && eprec > digits.Length && digits.Length >= dp)
        {
            eprec = digits.Length;
        }

        var exp = dp - 1;
        var body = exp < -4 || exp >= eprec
            ? FormatE(digits, dp, digits.Length - 1, 'e')
            : FormatF(digits, dp, Math.Max(digits.Length - dp, 0));
        return (negative ? "-" : string.Empty) + body;
    }

    public static string FormatFixed(double value, int precision, char verb)
    {
        if (Special(value) is { } special)
        {
            return special;
        }

        if (verb is 'e' or 'E')
        {
            var (negative, digits, dp) = Decompose(value, precision + 1);
            return (negative ? "-" : string.Empty) + FormatE(digits, dp, precision, verb);
        }

        var text = Math.Abs(value).ToString("F" + Math.Min(precision, 300), CultureInfo.InvariantCulture);
        return (value < 0 || double.IsNegative(value) ? "-" : string.Empty) + text;
    }

    /// <summary>encoding/json's float64: 'f' unless |v| &lt; 1e-6 or &gt;= 1e21, then 'e' with e-7 not e-07.</summary>
    public static string FormatJson(double value)
    {
        var abs = Math.Abs(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var (negative, digits, dp) = Decompose(value, -1);
            var text = FormatE(digits, dp, digits.Length - 1, 'e');
            text = text.Replace("e-0", "e-", StringComparison.Ordinal);
            return (negative ? "-" : string.Empty) + text;
        }

        var (neg, d, p) = Decompose(value, -1);
        return (neg ? "-" : string.Empty) + FormatF(d, p, Math.Max(d.Length - p, 0));
    }

    private static string? Special(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : null;

    /// <summary>Digits without trailing zeros and the decimal point position: value = 0.DIGITS × 10^dp.</summary>
    private static (bool Negative, string Digits, int Dp) Decompose(double value, int significant)
    {
        var negative = double.IsNegative(value);
        var abs = Math.Abs(value);
        if (abs == 0)
        {
            return (negative, "0", 1);
        }

        var format = significant < 0 ? "E16" : "E" + (Math.Min(significant, 100) - 1).ToString(CultureInfo.InvariantCulture);
        var text = significant < 0 ? ShortestE(abs) : abs.ToString(format, CultureInfo.InvariantCulture);
        var ePos = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text[..ePos].Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('0');
        var exponent = int.Parse(text[(ePos + 1)..], CultureInfo.InvariantCulture);
        return (negative, mantissa.Length == 0 ? "0" : mantissa, exponent + 1);
    }

    private static string ShortestE(double abs)
    {
        // "R" gives the shortest round-trip digits; normalise it to d.dddE±x.
        var r = abs.ToString("R", CultureInfo.InvariantCulture);
        if (r.Contains('E', StringComparison.Ordinal))
        {
            return r;
        }

        var point = r.IndexOf('.', StringComparison.Ordinal);
        var intPart = point < 0 ? r : r[..point];
        var frac = point < 0 ? string.Empty : r[(point + 1)..];
        var all = (intPart + frac).TrimStart('0');
        var lead = (intPart + frac).Length - all.Length;
        var exp = intPart.Length - lead - 1;
        return all[..1] + "." + all[1..] + "E" + exp.ToString(CultureInfo.InvariantCulture);
    }

    private static string FormatE(string digits, int dp, int precision, char e)
    {
        var sb = new StringBuilder();
        sb.Append(digits[0]);
        if (precision > 0)
        {
            sb.Append('.').Append(digits.AsSpan(1, Math.Min(precision, digits.Length - 1)));
            sb.Append('0', Math.Max(0, precision - (digits.Length - 1)));
        }

        var exp = digits == "0" ? 0 : dp - 1;
        sb.Append(e).Append(exp < 0 ? '-' : '+');
        sb.Append(Math.Abs(exp).ToString("D2", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string FormatF(string digits, int dp, int precision)
    {
        var sb = new StringBuilder();
        if (dp <= 0)
        {
            sb.Append('0');
        }
        else
        {
            for (var i = 0; i < dp; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }

        if (precision > 0)
        {
            sb.Append('.');
            for (var i = 0; i < precision; i++)
            {
                var index = dp + i;
                sb.Append(index >= 0 && index < digits.Length ? digits[index] : '0');
            }
        }

        return sb.ToString();
    }
}
