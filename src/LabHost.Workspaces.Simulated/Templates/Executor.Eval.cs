namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Pipelines, commands and arguments. A null <c>final</c> means "nothing piped in".</summary>
internal sealed partial class Executor
{
    private TemplateValue EvalPipeline(TemplateValue dot, PipeNode pipe)
    {
        current = pipe;
        TemplateValue? value = null;
        foreach (var command in pipe.Cmds)
        {
            value = EvalCommand(dot, command, value);
        }

        value ??= MissingValue.Instance;
        foreach (var variable in pipe.Decl)
        {
            if (pipe.IsAssign)
            {
                SetVariable(variable.Ident[0], value);
            }
            else
            {
                vars.Add((variable.Ident[0], value));
            }
        }

        return value;
    }

    private TemplateValue EvalCommand(TemplateValue dot, CommandNode command, TemplateValue? final)
    {
        Step();
        var first = command.Args[0];
        switch (first)
        {
            case FieldNode field:
                current = field;
                return EvalFieldChain(dot, dot, field, field.Ident, command.Args, final);
            case ChainNode chain:
                return EvalChain(dot, chain, command.Args, final);
            case IdentifierNode identifier:
                return EvalFunction(dot, identifier, command, command.Args, final);
            case PipeNode pipe:
                NotAFunction(command.Args, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariable(dot, variable, command.Args, final);
        }

        current = first;
        NotAFunction(command.Args, final);
        return first switch
        {
            BoolNode b => BoolValue.Of(b.Value),
            DotNode => dot,
            NilNode => throw Error("nil is not a command"),
            NumberNode n => n.Value,
            StringNode s => TemplateValue.String(s.Text),
            _ => throw Error("can't evaluate command " + GoQuote.Quote(first.ToString())),
        };
    }

    private void NotAFunction(List<Node> args, TemplateValue? final)
    {
        if (args.Count > 1 || final is not null)
        {
            throw Error("can't give argument to non-function " + args[0]);
        }
    }

    private TemplateValue EvalVariable(TemplateValue dot, VariableNode variable, List<Node>? args, TemplateValue? final)
    {
        current = variable;
        var value = Variable(variable.Ident[0]);
        if (variable.Ident.Length == 1)
        {
            if (args is not null)
            {
                NotAFunction(args, final);
            }

            return value;
        }

        return EvalFieldChain(dot, value, variable, variable.Ident[1..], args, final);
    }

    private TemplateValue EvalChain(TemplateValue dot, ChainNode chain, List<Node>? args, TemplateValue? final)
    {
        current = chain;
        if (chain.Node is NilNode)
        {
            throw Error("indirection through explicit nil in " + chain);
        }

        var receiver = EvalArg(dot, chain.Node);
        return EvalFieldChain(dot, receiver, chain, chain.Field, args, final);
    }

    /// <summary>An argument of a function or method; fields here cannot take arguments.</summary>
    private TemplateValue EvalArg(TemplateValue dot, Node node)
    {
        current = node;
        return node switch
        {
            DotNode => dot,
            NilNode => NilValue.Interface,
            FieldNode field => EvalFieldChain(dot, dot, field, field.Ident, [node], null),
            VariableNode variable => EvalVariable(dot, variable, null, null),
            PipeNode pipe => EvalPipeline(dot, pipe),
            IdentifierNode identifier => EvalFunction(dot, identifier, identifier, [node], null),
            ChainNode chain => EvalChain(dot, chain, null, null),
            BoolNode b => BoolValue.Of(b.Value),
            NumberNode n => n.Value,
            StringNode s => TemplateValue.String(s.Text),
            _ => throw Error("can't handle " + node + " for arg"),
        };
    }
}
