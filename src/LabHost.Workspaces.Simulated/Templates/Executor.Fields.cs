namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Field, map-key and method access (<c>.A.B</c>, <c>.Label "k"</c>).</summary>
internal sealed partial class Executor
{
    private TemplateValue EvalFieldChain(TemplateValue dot, TemplateValue receiver, Node node, string[] ident, List<Node>? args, TemplateValue? final)
    {
        var viaInterface = false;
        for (var i = 0; i < ident.Length - 1; i++)
        {
            (receiver, viaInterface) = EvalField(dot, ident[i], node, null, null, receiver, viaInterface);
        }

        current = node;
        return EvalField(dot, ident[^1], node, args, final, receiver, viaInterface).Value;
    }

    private (TemplateValue Value, bool ViaInterface) EvalField(
        TemplateValue dot, string name, Node node, List<Node>? args, TemplateValue? final, TemplateValue receiver, bool viaInterface)
    {
        current = node;
        var type = viaInterface ? "interface {}" : receiver.GoType;
        if (receiver is MissingValue)
        {
            return (receiver, false);
        }

        if (receiver is NilValue)
        {
            throw Error("nil pointer evaluating " + type + "." + name);
        }

        if (receiver is PointerValue pointer)
        {
            receiver = pointer.Target;
        }

        var hasArgs = (args?.Count ?? 0) > 1 || final is not null;
        switch (receiver)
        {
            case MethodObject obj when obj.Method(name) is { } method:
                return (CallMethod(dot, name, method, args, final), false);
            case StructValue st when st.Field(name) is { } field:
                if (hasArgs)
                {
                    throw Error(name + " has arguments but cannot be invoked as function");
                }

                return (field.Value, field.Value is NilValue { IsPointer: false } || field.Value.GoType == "interface {}");
            case MapValue map:
                if (hasArgs)
                {
                    throw Error(name + " is not a method but has arguments");
                }

                if (limits.MissingKeyError && !map.Lookup.ContainsKey(name))
                {
                    throw Error("map has no entry for key \"" + name + "\"");
                }

                return (map.Lookup.GetValueOrDefault(name) ?? MissingValue.Instance, map.ElementType == "interface {}");
        }

        throw Error("can't evaluate field " + name + " in type " + type);
    }

    private TemplateValue CallMethod(TemplateValue dot, string name, TemplateMethod method, List<Node>? args, TemplateValue? final)
    {
        var values = new List<TemplateValue>();
        var argNodes = args?.Skip(1).ToList() ?? [];
        var count = argNodes.Count + (final is null ? 0 : 1);
        if (count != method.ArgumentCount)
        {
            throw Error("wrong number of args for " + name + ": want " + method.ArgumentCount + " got " + count);
        }

        foreach (var argNode in argNodes)
        {
            values.Add(Convert(EvalArg(dot, argNode), "string"));
        }

        if (final is not null)
        {
            values.Add(Convert(final, "string"));
        }

        try
        {
            return method.Invoke(values.Select(v => ((StringValue)v).Value).ToArray());
        }
        catch (Exception e) when (e is not TemplateException)
        {
            throw Error("error calling " + name + ": " + e.Message);
        }
    }
}
