namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// Go's text/template/parse, for one anonymous template (Docker parses <c>--format</c> with
/// the name ""). Error texts follow Go's; <c>{{define}}</c>, <c>{{template}}</c> and
/// <c>{{block}}</c> are rejected with a message of our own.
/// </summary>
internal sealed partial class Parser
{
    private const int MaxDepth = 100;
    private readonly List<Token> tokens;
    private readonly List<string> vars = ["$"];
    private int index;
    private Token lastRead;
    private int rangeDepth;
    private int depth;
    private int actionLine;

    private Parser(string text) => tokens = Lexer.Tokenize(text);

    public static ListNode Parse(string text)
    {
        var parser = new Parser(text);
        var root = new ListNode(0, []);
        while (parser.Peek().Kind != TokenKind.Eof)
        {
            var node = parser.TextOrAction();
            if (node is MarkerNode)
            {
                parser.Fail("unexpected " + node);
            }

            root.Nodes.Add(node);
        }

        return root;
    }

    private Node TextOrAction()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Text:
                return new TextNode(token.Pos, token.Value);
            case TokenKind.LeftDelim:
                actionLine = token.Line;
                var action = Action();
                actionLine = 0;
                return action;
            default:
                Unexpected(token, "input");
                return null!;
        }
    }

    private Node Action()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Break or TokenKind.Continue:
                var close = NextNonSpace();
                if (close.Kind != TokenKind.RightDelim)
                {
                    Unexpected(close, "{{" + token.Value + "}}");
                }

                if (rangeDepth == 0)
                {
                    Fail("{{" + token.Value + "}} outside {{range}}");
                }

                return new BreakNode(token.Pos, token.Kind == TokenKind.Continue);
            case TokenKind.Else:
                var peek = PeekNonSpace();
                return peek.Kind is TokenKind.If or TokenKind.With
                    ? new MarkerNode(peek.Pos, TokenKind.Else, peek.Line)
                    : new MarkerNode(Expect(TokenKind.RightDelim, "else").Pos, TokenKind.Else, token.Line);
            case TokenKind.End:
                return new MarkerNode(Expect(TokenKind.RightDelim, "end").Pos, TokenKind.End, token.Line);
            case TokenKind.If:
                return Control(BranchKind.If);
            case TokenKind.Range:
                return Control(BranchKind.Range);
            case TokenKind.With:
                return Control(BranchKind.With);
            case TokenKind.Define or TokenKind.Template or TokenKind.Block:
                // Approximation: Go supports these; Docker users practically never need them.
                Fail("{{" + token.Value + "}} is not supported by this simulated docker");
                return null!;
        }

        Backup();
        var start = Peek();
        return new ActionNode(start.Pos, Pipeline("command", TokenKind.RightDelim));
    }

    private BranchNode Control(BranchKind kind)
    {
        var context = kind.ToString().ToLowerInvariant();
        var mark = vars.Count;
        Enter();
        var pipe = Pipeline(context, TokenKind.RightDelim);
        if (kind == BranchKind.Range)
        {
            rangeDepth++;
        }

        var (list, next) = ItemList();
        if (kind == BranchKind.Range)
        {
            rangeDepth--;
        }

        ListNode? elseList = null;
        if (next.Kind == TokenKind.Else)
        {
            var chained = (kind == BranchKind.If && Peek().Kind == TokenKind.If) || (kind == BranchKind.With && Peek().Kind == TokenKind.With);
            if (chained)
            {
                // "{{else if x}}" is "{{else}}{{if x}}...{{end}}" sharing the one {{end}}.
                Next();
                elseList = new ListNode(next.Pos, [Control(kind)]);
            }
            else
            {
                (elseList, var end) = ItemList();
                if (end.Kind != TokenKind.End)
                {
                    Fail("expected end; found " + end);
                }
            }
        }

        depth--;
        vars.RemoveRange(mark, vars.Count - mark);
        return new BranchNode(pipe.Pos, kind, pipe, list, elseList);
    }

    private (ListNode List, MarkerNode Next) ItemList()
    {
        var list = new ListNode(PeekNonSpace().Pos, []);
        while (PeekNonSpace().Kind != TokenKind.Eof)
        {
            var node = TextOrAction();
            if (node is MarkerNode marker)
            {
                return (list, marker);
            }

            list.Nodes.Add(node);
        }

        Fail("unexpected EOF");
        return default;
    }

    private void Enter()
    {
        if (++depth > MaxDepth)
        {
            Fail("max expression depth exceeded");
        }
    }

    private Token Next()
    {
        lastRead = tokens[Math.Min(index, tokens.Count - 1)];
        index = Math.Min(index + 1, tokens.Count);
        return lastRead;
    }

    private void Backup() => index--;

    private Token Peek() => tokens[Math.Min(index, tokens.Count - 1)];

    private Token NextNonSpace()
    {
        Token token;
        do
        {
            token = Next();
        }
        while (token.Kind == TokenKind.Space);
        return token;
    }

    private Token PeekNonSpace()
    {
        var token = NextNonSpace();
        Backup();
        return token;
    }

    private Token Expect(TokenKind kind, string context)
    {
        var token = NextNonSpace();
        if (token.Kind != kind)
        {
            Unexpected(token, context);
        }

        return token;
    }

    private void Unexpected(Token token, string context)
    {
        if (token.Kind == TokenKind.Error)
        {
            var extra = string.Empty;
            if (actionLine != 0 && actionLine != token.Line)
            {
                extra = token.Value.EndsWith(" action", StringComparison.Ordinal)
                    ? " started at :" + actionLine
                    : " in action started at :" + actionLine;
            }

            Fail(token.Value + extra);
        }

        Fail("unexpected " + token + " in " + context);
    }

    private void Fail(string message) =>
        throw new TemplateException("template: :" + lastRead.Line + ": " + message, isParseError: true);
}
