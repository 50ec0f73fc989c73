using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>fmt.Sprintf: flags <c>-+# 0</c>, width, precision, <c>*</c>, and Go's error forms.</summary>
internal static class GoPrintf
{
    public static string Format(string format, IReadOnlyList<TemplateValue> args)
    {
        var sb = new StringBuilder();
        var next = 0;
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }

            bool minus = false, plus = false, sharp = false, space = false, zero = false;
            for (; i < format.Length; i++)
            {
                switch (format[i])
                {
                    case '-': minus = true; continue;
                    case '+': plus = true; continue;
                    case '#': sharp = true; continue;
                    case ' ': space = true; continue;
                    case '0': zero = !minus; continue;
                }

                break;
            }

            var width = Number(format, ref i, args, ref next);
            var precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Math.Max(Number(format, ref i, args, ref next), 0);
            }

            if (i >= format.Length)
            {
                sb.Append("%!(NOVERB)");
                break;
            }

            var verb = format[i++];
            var spec = new FormatSpec(minus, plus, sharp, space, zero, width, precision);
            if (verb == '%')
            {
                sb.Append('%');
            }
            else if (next >= args.Count)
            {
                sb.Append("%!").Append(verb).Append("(MISSING)");
            }
            else if (verb == 'T')
            {
                GoFormatter.Pad(sb, args[next++].GoType, spec);
            }
            else
            {
                GoFormatter.Write(sb, args[next++], verb, spec, 0);
            }
        }

        if (next < args.Count)
        {
            sb.Append("%!(EXTRA ");
            sb.AppendJoin(", ", args.Skip(next).Select(a => a.GoType + "=" + a.ToGoString()));
            sb.Append(')');
        }

        return sb.ToString();
    }

    private static int Number(string format, ref int i, IReadOnlyList<TemplateValue> args, ref int next)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            return next < args.Count && args[next++] is IntValue n ? (int)Math.Clamp(n.Value, -1_000_000, 1_000_000) : -1;
        }

        var value = -1;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            value = Math.Min((Math.Max(value, 0) * 10) + (format[i++] - '0'), 1_000_000);
        }

        return value;
    }
}
