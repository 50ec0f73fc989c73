using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// The function table: Go's text/template builtins plus the ones the docker CLI adds
/// (<c>json split join title lower upper pad truncate</c>, from docker/cli templates.go).
/// <c>and</c> and <c>or</c> are evaluated lazily by the executor, as in Go.
/// </summary>
internal static partial class Builtins
{
    private static readonly string[] Any = ["any"];
    private static readonly string[] AnyAndMore = ["any", "any"];

    private static readonly Dictionary<string, Builtin> Table = new Builtin[]
    {
        new("not", Any, false, c => BoolValue.Of(!c.Args[0].IsTrue)),
        new("len", Any, false, c => Len(c.Args[0])),
        new("index", AnyAndMore, true, Index),
        new("slice", AnyAndMore, true, Slice),
        new("print", Any, true, c => c.Text(GoPrint.Sprint(c.Args))),
        new("println", Any, true, c => c.Text(GoPrint.Sprintln(c.Args))),
        new("printf", ["string", "any"], true, c => c.Text(GoPrintf.Format(c.Str(0), c.Args.Skip(1).ToArray()))),
        new("eq", AnyAndMore, true, c => BoolValue.Of(Comparison.Eq(c.Args))),
        new("ne", ["any", "any"], false, c => BoolValue.Of(!Comparison.Eq(c.Args))),
        new("lt", ["any", "any"], false, c => BoolValue.Of(Comparison.Lt(c.Args[0], c.Args[1]))),
        new("le", ["any", "any"], false, c => BoolValue.Of(Comparison.Lt(c.Args[0], c.Args[1]) || Comparison.Eq(c.Args))),
        new("gt", ["any", "any"], false, c => BoolValue.Of(!Comparison.Lt(c.Args[0], c.Args[1]) && !Comparison.Eq(c.Args))),
        new("ge", ["any", "any"], false, c => BoolValue.Of(!Comparison.Lt(c.Args[0], c.Args[1]))),
        new("html", Any, true, c => c.Text(Html(GoPrint.EvalArgs(c.Args)))),
        new("js", Any, true, c => c.Text(Js(GoPrint.EvalArgs(c.Args)))),
        new("urlquery", Any, true, c => c.Text(Uri.EscapeDataString(GoPrint.EvalArgs(c.Args)).Replace("%20", "+", StringComparison.Ordinal))),
        new("call", AnyAndMore, true, c => throw new BuiltinException("non-function " + c.Args[0].ToGoString() + " of type " + c.Args[0].GoType)),
        new("json", Any, false, c => c.Text(c.Args[0].ToJson())),
        new("split", ["string", "string"], false, c => Split(c.Str(0), c.Str(1))),
        new("join", ["[]string", "string"], false, c => c.Text(string.Join(c.Str(1), ((ListValue)c.Args[0]).Items.Select(i => ((StringValue)i).Value)))),
        new("title", ["string"], false, c => TemplateValue.String(Title(c.Str(0)))),
        new("lower", ["string"], false, c => TemplateValue.String(c.Str(0).ToLowerInvariant())),
        new("upper", ["string"], false, c => TemplateValue.String(c.Str(0).ToUpperInvariant())),
        new("pad", ["string", "int", "int"], false, Pad),
        new("truncate", ["string", "int"], false, Truncate),
    }.ToDictionary(b => b.Name, StringComparer.Ordinal);

    public static bool IsDefined(string name) => name is "and" or "or" || Table.ContainsKey(name);

    public static Builtin? Find(string name) => Table.GetValueOrDefault(name);

    private static TemplateValue Len(TemplateValue item) => item switch
    {
        StringValue s => TemplateValue.Int(Encoding.UTF8.GetByteCount(s.Value)),
        ListValue l => TemplateValue.Int(l.Items.Count),
        MapValue m => TemplateValue.Int(m.Entries.Count),
        PointerValue p when p.Target is ListValue or MapValue => Len(p.Target),
        NilValue { IsPointer: true } => throw new BuiltinException("len of nil pointer"),
        NilValue or MissingValue => throw new BuiltinException("len of untyped nil"),
        _ => throw new BuiltinException("len of type " + item.GoType),
    };

    private static TemplateValue Split(string s, string sep)
    {
        // strings.Split: "" splits into UTF-8 sequences; an empty s gives one empty string.
        var parts = sep.Length == 0
            ? s.EnumerateRunes().Select(r => r.ToString()).ToArray()
            : s.Split(sep);
        return TemplateValue.Strings(parts);
    }

    // strings.Title: upper-case the first letter of each word; letters, digits, '_' and
    // non-space non-ASCII runes continue a word.
    private static string Title(string s)
    {
        var sb = new StringBuilder();
        var previous = ' ';
        foreach (var rune in s.EnumerateRunes())
        {
            var separator = previous switch
            {
                _ when previous <= 0x7F => !(char.IsAsciiLetterOrDigit(previous) || previous == '_'),
                _ => char.IsWhiteSpace(previous),
            };
            sb.Append(separator ? Rune.ToUpperInvariant(rune).ToString() : rune.ToString());
            previous = rune.IsBmp ? (char)rune.Value : 'x';
        }

        return sb.ToString();
    }

    private static TemplateValue Pad(BuiltinCall c)
    {
        var source = c.Str(0);
        if (source.Length == 0)
        {
            return StringValue.Empty;
        }

        if (c.Int(1) < 0 || c.Int(2) < 0)
        {
            throw new BuiltinException("strings: negative Repeat count");
        }

        if (c.Int(1) + c.Int(2) + source.Length > c.MaxChars)
        {
            throw new BuiltinException("result exceeds the simulator's limit of " + c.MaxChars + " characters");
        }

        return TemplateValue.String(new string(' ', (int)c.Int(1)) + source + new string(' ', (int)c.Int(2)));
    }

    // Docker's truncate slices bytes: source[:length] when len(source) >= length.
    private static TemplateValue Truncate(BuiltinCall c)
    {
        var bytes = Encoding.UTF8.GetBytes(c.Str(0));
        var length = c.Int(1);
        if (bytes.Length < length)
        {
            return c.Args[0];
        }

        if (length < 0)
        {
            throw new BuiltinException("runtime error: slice bounds out of range [:" + length + "]");
        }

        return TemplateValue.String(Encoding.UTF8.GetString(bytes, 0, (int)length));
    }
}
