namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Pipelines, commands and operands.</summary>
internal sealed partial class Parser
{
    private PipeNode Pipeline(string context, TokenKind end)
    {
        var pipe = new PipeNode(PeekNonSpace().Pos, false, [], []);
        var isAssign = false;
        while (PeekNonSpace() is { Kind: TokenKind.Variable } variable)
        {
            var variableIndex = index;
            Next();
            var next = PeekNonSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                isAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                if (isAssign && !vars.Contains(variable.Value))
                {
                    Fail("undefined variable " + GoQuote.Quote(variable.Value));
                }

                pipe.Decl.Add(new VariableNode(variable.Pos, [variable.Value]));
                vars.Add(variable.Value);
                break;
            }

            if (next is { Kind: TokenKind.Char, Value: "," })
            {
                NextNonSpace();
                pipe.Decl.Add(new VariableNode(variable.Pos, [variable.Value]));
                vars.Add(variable.Value);
                if (context == "range" && pipe.Decl.Count < 2)
                {
                    if (PeekNonSpace().Kind is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue;
                    }

                    Fail("range can only initialize variables");
                }

                Fail("too many declarations in " + context);
            }

            // Not a declaration: put the variable (and the space after it) back.
            index = variableIndex;
            break;
        }

        pipe = pipe with { IsAssign = isAssign };
        while (true)
        {
            var token = NextNonSpace();
            if (token.Kind == end)
            {
                CheckPipeline(pipe, context);
                return pipe;
            }

            switch (token.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Dot or TokenKind.Field or TokenKind.Identifier
                    or TokenKind.Number or TokenKind.Nil or TokenKind.RawString or TokenKind.String or TokenKind.Variable
                    or TokenKind.LeftParen:
                    Backup();
                    pipe.Cmds.Add(Command());
                    break;
                default:
                    Unexpected(token, context);
                    break;
            }
        }
    }

    private void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.Cmds.Count == 0)
        {
            Fail("missing value for " + context);
        }

        for (var i = 1; i < pipe.Cmds.Count; i++)
        {
            if (pipe.Cmds[i].Args[0] is BoolNode or DotNode or NilNode or NumberNode or StringNode)
            {
                Fail("non executable command in pipeline stage " + (i + 1));
            }
        }
    }

    private CommandNode Command()
    {
        var command = new CommandNode(PeekNonSpace().Pos, []);
        while (true)
        {
            PeekNonSpace();
            if (Operand() is { } operand)
            {
                command.Args.Add(operand);
            }

            var token = Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                Backup();
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                Unexpected(token, "operand");
            }

            break;
        }

        if (command.Args.Count == 0)
        {
            Fail("empty command");
        }

        return command;
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null || Peek().Kind != TokenKind.Field)
        {
            return node;
        }

        var chainPos = Peek().Pos;
        var fields = new List<string>();
        while (Peek().Kind == TokenKind.Field)
        {
            fields.Add(Next().Value[1..]);
        }

        // Go gives a merged field or variable the position of the chain, i.e. its second field.
        return node switch
        {
            FieldNode f => new FieldNode(chainPos, [.. f.Ident, .. fields]),
            VariableNode v => new VariableNode(chainPos, [.. v.Ident, .. fields]),
            BoolNode or StringNode or NumberNode or NilNode or DotNode => Fail<Node>("unexpected . after term " + GoQuote.Quote(node.ToString())),
            _ => new ChainNode(chainPos, node, [.. fields]),
        };
    }

    private Node? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (!Builtins.IsDefined(token.Value))
                {
                    Fail("function " + GoQuote.Quote(token.Value) + " not defined");
                }

                return new IdentifierNode(token.Pos, token.Value);
            case TokenKind.Dot: return new DotNode(token.Pos);
            case TokenKind.Nil: return new NilNode(token.Pos);
            case TokenKind.Variable:
                if (!vars.Contains(token.Value))
                {
                    Fail("undefined variable " + GoQuote.Quote(token.Value));
                }

                return new VariableNode(token.Pos, [token.Value]);
            case TokenKind.Field: return new FieldNode(token.Pos, [token.Value[1..]]);
            case TokenKind.Bool: return new BoolNode(token.Pos, token.Value == "true");
            case TokenKind.CharConstant or TokenKind.Number: return NumberParser.Parse(token, Fail<NumberNode>);
            case TokenKind.String or TokenKind.RawString:
                var text = GoUnquote.Unquote(token.Value) ?? Fail<string>("invalid syntax");
                return new StringNode(token.Pos, token.Value, text);
            case TokenKind.LeftParen:
                Enter();
                var pipe = Pipeline("parenthesized pipeline", TokenKind.RightParen);
                depth--;
                return pipe;
        }

        Backup();
        return null;
    }

    private T Fail<T>(string message)
    {
        Fail(message);
        return default!;
    }
}
