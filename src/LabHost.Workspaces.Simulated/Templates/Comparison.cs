namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Go's eq and lt builtins: basic kinds compare, mixed kinds are an error.</summary>
internal static class Comparison
{
    private enum Kind
    {
        Invalid,
        Bool,
        Int,
        Float,
        String,
        Other,
    }

    public static bool Eq(IReadOnlyList<TemplateValue> args)
    {
        if (args.Count < 2)
        {
            throw new BuiltinException("missing argument for comparison");
        }

        var a = args[0];
        var k1 = KindOf(a);
        foreach (var b in args.Skip(1))
        {
            var k2 = KindOf(b);
            if (k1 != k2)
            {
                if (k1 != Kind.Invalid && k2 != Kind.Invalid)
                {
                    throw new BuiltinException("incompatible types for comparison");
                }

                continue;
            }

            var truth = (a, b) switch
            {
                (BoolValue x, BoolValue y) => x.Value == y.Value,
                (IntValue x, IntValue y) => x.Value == y.Value,
                (FloatValue x, FloatValue y) => x.Value == y.Value,
                (StringValue x, StringValue y) => x.Value == y.Value,
                _ when k1 == Kind.Invalid => true,
                (ListValue or MapValue, _) => throw new BuiltinException("non-comparable type " + a.ToGoString() + ": " + a.GoType),
                _ => a.GoType == b.GoType && a.ToJson() == b.ToJson(),
            };
            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Lt(TemplateValue a, TemplateValue b)
    {
        var (k1, k2) = (KindOf(a), KindOf(b));
        if (k1 is Kind.Invalid or Kind.Other or Kind.Bool || k2 is Kind.Invalid or Kind.Other or Kind.Bool)
        {
            throw new BuiltinException("invalid type for comparison");
        }

        return k1 != k2
            ? throw new BuiltinException("incompatible types for comparison")
            : (a, b) switch
            {
                (IntValue x, IntValue y) => x.Value < y.Value,
                (FloatValue x, FloatValue y) => x.Value < y.Value,
                _ => string.CompareOrdinal(((StringValue)a).Value, ((StringValue)b).Value) < 0,
            };
    }

    private static Kind KindOf(TemplateValue value) => value switch
    {
        NilValue or MissingValue => Kind.Invalid,
        BoolValue => Kind.Bool,
        IntValue => Kind.Int,
        FloatValue => Kind.Float,
        StringValue => Kind.String,
        _ => Kind.Other,
    };
}
