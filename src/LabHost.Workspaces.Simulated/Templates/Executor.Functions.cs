namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Function calls: argument counting and typing, lazy and/or, Go's error wording.</summary>
internal sealed partial class Executor
{
    private TemplateValue EvalFunction(TemplateValue dot, IdentifierNode identifier, Node command, List<Node> args, TemplateValue? final)
    {
        current = identifier;
        var argNodes = args.Skip(1).ToList();
        var count = argNodes.Count + (final is null ? 0 : 1);
        if (identifier.Name is "and" or "or")
        {
            if (count < 1)
            {
                throw Error("wrong number of args for " + identifier.Name + ": want at least 1 got 0");
            }

            // Go 1.18+: evaluation stops at the first argument that decides the result.
            TemplateValue result = MissingValue.Instance;
            foreach (var argNode in argNodes)
            {
                result = EvalArg(dot, argNode);
                if (result.IsTrue == (identifier.Name == "or"))
                {
                    return result;
                }
            }

            return final ?? result;
        }

        var builtin = Builtins.Find(identifier.Name) ?? throw Error(GoQuote.Quote(identifier.Name) + " is not a defined function");
        var fixedCount = builtin.Parameters.Length - (builtin.Variadic ? 1 : 0);
        if (builtin.Variadic ? count < fixedCount : count != fixedCount)
        {
            throw Error("wrong number of args for " + builtin.Name + ": want " + (builtin.Variadic ? "at least " : string.Empty)
                + fixedCount + " got " + count);
        }

        var values = new List<TemplateValue>();
        for (var i = 0; i < argNodes.Count; i++)
        {
            var value = EvalArg(dot, argNodes[i]);
            values.Add(Convert(value, builtin.Parameters[Math.Min(i, builtin.Parameters.Length - 1)]));
        }

        if (final is not null)
        {
            current = command;
            values.Add(Convert(final, builtin.Parameters[Math.Min(argNodes.Count, builtin.Parameters.Length - 1)]));
        }

        try
        {
            return builtin.Invoke(new BuiltinCall(values, limits.MaxOutputChars));
        }
        catch (BuiltinException e)
        {
            current = command;
            throw Error("error calling " + builtin.Name + ": " + e.Message);
        }
    }

    /// <summary>Go's validateType: the value must be assignable to the parameter type.</summary>
    private TemplateValue Convert(TemplateValue value, string parameterType)
    {
        if (parameterType == "any")
        {
            // A missing value reaches an interface{} parameter as nil.
            return value is MissingValue ? NilValue.Interface : value;
        }

        if (value is MissingValue)
        {
            throw Error("invalid value; expected " + parameterType);
        }

        var ok = parameterType switch
        {
            "string" => value is StringValue,
            "int" => value is IntValue { GoType: "int" },
            "[]string" => value is ListValue { ElementType: "string" },
            _ => false,
        };
        return ok ? value : throw Error("wrong type for value; expected " + parameterType + "; got " + value.GoType);
    }
}
