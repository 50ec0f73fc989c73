using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// Go's fmt printing of one operand for one verb, recursing into slices, maps and structs the
/// way fmt's printValue does (the verb applies to each element; pointers nested below the top
/// level print as addresses).
/// </summary>
internal static class GoFormatter
{
    public static void Write(StringBuilder sb, TemplateValue value, char verb, FormatSpec spec, int depth)
    {
        switch (value)
        {
            case MissingValue:
                Pad(sb, "<no value>", spec);
                break;
            case NilValue:
                if (verb == 'v')
                {
                    Pad(sb, "<nil>", spec);
                }
                else
                {
                    sb.Append("%!").Append(verb).Append("(<nil>)");
                }

                break;
            case StringValue s:
                WriteString(sb, s.Value, verb, spec, s);
                break;
            case IntValue i:
                GoNumberFormatter.WriteInt(sb, i, verb, spec);
                break;
            case FloatValue f:
                GoNumberFormatter.WriteFloat(sb, f, verb, spec);
                break;
            case BoolValue b:
                if (verb is 'v' or 't')
                {
                    Pad(sb, b.Value ? "true" : "false", spec);
                }
                else
                {
                    BadVerb(sb, verb, b);
                }

                break;
            case TimeValue t:
                WriteString(sb, t.GoString(), verb, spec, t);
                break;
            case ListValue list:
                sb.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    Write(sb, list.Items[i], verb, spec, depth + 1);
                }

                sb.Append(']');
                break;
            case MapValue map:
                WriteEntries(sb, "map[", map.Entries, verb, spec, depth, withKeys: true);
                break;
            case StructValue st:
                WriteEntries(sb, "{", st.Fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), verb, spec, depth, withKeys: spec.Plus);
                break;
            case MethodObject obj:
                // Approximation: Go would print the context's unexported fields.
                WriteEntries(sb, depth == 0 ? "&{" : "{", obj.Evaluate(), verb, spec, depth, withKeys: spec.Plus);
                break;
            case PointerValue p:
                if (depth == 0 && p.Target is StructValue or ListValue or MapValue)
                {
                    sb.Append('&');
                    Write(sb, p.Target, verb, spec, depth + 1);
                }
                else if (p.Target is TimeValue)
                {
                    Write(sb, p.Target, verb, spec, depth + 1);
                }
                else
                {
                    Pad(sb, p.FakeAddress, spec);
                }

                break;
        }
    }

    public static void BadVerb(StringBuilder sb, char verb, TemplateValue value)
    {
        sb.Append("%!").Append(verb).Append('(').Append(value.GoType).Append('=');
        Write(sb, value, 'v', FormatSpec.Plain, 0);
        sb.Append(')');
    }

    public static void Pad(StringBuilder sb, string text, FormatSpec spec, bool zeroAllowed = false)
    {
        var width = text.EnumerateRunes().Count();
        var padding = spec.Width > width ? Math.Min(spec.Width, 1 << 20) - width : 0;
        if (padding == 0)
        {
            sb.Append(text);
        }
        else if (spec.Minus)
        {
            sb.Append(text).Append(' ', padding);
        }
        else if (spec.Zero && zeroAllowed && text.Length > 0 && text[0] is '-' or '+' or ' ')
        {
            sb.Append(text[0]).Append('0', padding).Append(text, 1, text.Length - 1);
        }
        else
        {
            sb.Append(spec.Zero && zeroAllowed ? '0' : ' ', padding).Append(text);
        }
    }

    private static void WriteString(StringBuilder sb, string text, char verb, FormatSpec spec, TemplateValue original)
    {
        if (spec.Precision >= 0 && verb is 'v' or 's' or 'q')
        {
            var runes = text.EnumerateRunes().Take(spec.Precision);
            text = string.Concat(runes.Select(r => r.ToString()));
        }

        switch (verb)
        {
            case 'v' or 's':
                Pad(sb, text, spec);
                break;
            case 'q':
                Pad(sb, GoQuote.Quote(text), spec);
                break;
            case 'x' or 'X':
                var hex = Convert.ToHexString(Encoding.UTF8.GetBytes(text));
                Pad(sb, verb == 'x' ? hex.ToLowerInvariant() : hex, spec);
                break;
            default:
                BadVerb(sb, verb, original);
                break;
        }
    }

    private static void WriteEntries(StringBuilder sb, string open, IEnumerable<KeyValuePair<string, TemplateValue>> entries, char verb, FormatSpec spec, int depth, bool withKeys)
    {
        sb.Append(open);
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!first)
            {
                sb.Append(' ');
            }

            first = false;
            if (withKeys)
            {
                if (open == "map[")
                {
                    WriteString(sb, key, verb, spec, TemplateValue.String(key));
                }
                else
                {
                    sb.Append(key);
                }

                sb.Append(':');
            }

            Write(sb, value, verb, spec, depth + 1);
        }

        sb.Append(open == "map[" ? ']' : '}');
    }
}
