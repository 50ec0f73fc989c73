using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Go's html and js escapers, index and slice.</summary>
internal static partial class Builtins
{
    private static string Html(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&#34;", StringComparison.Ordinal)
        .Replace("\0", "\uFFFD", StringComparison.Ordinal);

    private static string Js(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '"' => "\\\"",
                '<' => "\\u003C",
                '>' => "\\u003E",
                '&' => "\\u0026",
                '=' => "\\u003D",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static TemplateValue Index(BuiltinCall c)
    {
        var item = Deref(c.Args[0]);
        if (item is NilValue or MissingValue)
        {
            throw new BuiltinException("index of untyped nil");
        }

        foreach (var index in c.Args.Skip(1))
        {
            item = Deref(item) switch
            {
                MapValue m when index is StringValue key => m.Lookup.GetValueOrDefault(key.Value) ?? m.ElementZero,
                MapValue m => throw new BuiltinException("value has type " + index.GoType + "; should be string"),
                ListValue l => l.Items[(int)Position(index, l.Items.Count)],
                StringValue s => new IntValue(Encoding.UTF8.GetBytes(s.Value)[Position(index, Encoding.UTF8.GetByteCount(s.Value))], "uint8"),
                NilValue or MissingValue => throw new BuiltinException("index of untyped nil"),
                var other => throw new BuiltinException("can't index item of type " + other.GoType),
            };
        }

        return item;
    }

    private static TemplateValue Slice(BuiltinCall c)
    {
        var item = Deref(c.Args[0]);
        var indexes = c.Args.Skip(1).ToArray();
        if (item is NilValue or MissingValue)
        {
            throw new BuiltinException("slice of untyped nil");
        }

        var (length, maxIndexes) = item switch
        {
            StringValue s => (Encoding.UTF8.GetByteCount(s.Value), 2),
            ListValue l => (l.Items.Count, 3),
            _ => throw new BuiltinException("can't slice item of type " + item.GoType),
        };
        if (indexes.Length > maxIndexes)
        {
            throw new BuiltinException("too many slice indexes: " + indexes.Length);
        }

        var bounds = new long[] { 0, length, length };
        for (var i = 0; i < indexes.Length; i++)
        {
            bounds[i] = Position(indexes[i], length + 1);
            if (i > 0 && bounds[i] < bounds[i - 1])
            {
                throw new BuiltinException("invalid slice index: " + bounds[i - 1] + " > " + bounds[i]);
            }
        }

        var (from, to) = ((int)bounds[0], indexes.Length > 1 ? (int)bounds[1] : length);
        return item is StringValue str
            ? TemplateValue.String(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(str.Value), from, to - from))
            : new ListValue(((ListValue)item).Items.Skip(from).Take(to - from), ((ListValue)item).ElementType);
    }

    private static long Position(TemplateValue index, int length) => index switch
    {
        IntValue i when i.Value < 0 || i.Value >= length => throw new BuiltinException("index out of range: " + i.Value),
        IntValue i => i.Value,
        NilValue or MissingValue => throw new BuiltinException("cannot index slice/array with nil"),
        _ => throw new BuiltinException("cannot index slice/array with type " + index.GoType),
    };

    private static TemplateValue Deref(TemplateValue value) => value is PointerValue p ? p.Target : value;
}
