namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>
/// Recursive descent over the tokens: list, and-or, pipeline, simple command. The tokens of a
/// $(...) end in an End token ")", which is where a command cannot end: `$(a &amp;&amp;)` is an error.
/// </summary>
internal sealed partial class CommandReader(List<Token> tokens)
{
    private int index;

    private Token Current => tokens[index];

    public CommandList ReadList()
    {
        var items = new List<ListItem>();
        var op = ListOperator.Sequence;
        while (true)
        {
            while (Current.Kind == TokenKind.Newline && op == ListOperator.Sequence)
            {
                index++;
            }

            if (Current.Kind == TokenKind.End)
            {
                return new CommandList(items);
            }

            items.Add(new ListItem(op, ReadPipeline()));
            var next = Current;
            if (next.Kind is TokenKind.End or TokenKind.Newline)
            {
                op = ListOperator.Sequence;
                continue;
            }

            index++;
            op = next.Text switch
            {
                "&&" => ListOperator.And,
                "||" => ListOperator.Or,
                // Background jobs are not simulated: `cmd &` runs in the foreground.
                ";" or "&" => ListOperator.Sequence,
                _ => throw ParseFailure.Unexpected(next.Text),
            };
            if (op != ListOperator.Sequence)
            {
                SkipLineBreaks();
            }
            else if (Current.Kind == TokenKind.Operator)
            {
                throw ParseFailure.Unexpected(Current.Text);
            }
        }
    }

    private void SkipLineBreaks()
    {
        while (Current.Kind == TokenKind.Newline)
        {
            index++;
        }

        if (Current.Kind == TokenKind.End)
        {
            throw Current.Text == ")" ? ParseFailure.Unexpected(")") : new ParseFailure(new Incomplete(IncompleteReason.Operator));
        }
    }

    private Pipeline ReadPipeline()
    {
        var commands = new List<SimpleCommand> { ReadCommand() };
        while (Current is { Kind: TokenKind.Operator, Text: "|" })
        {
            index++;
            SkipLineBreaks();
            commands.Add(ReadCommand());
        }

        return new Pipeline(commands);
    }

    private SimpleCommand ReadCommand()
    {
        var assignments = new List<Assignment>();
        var words = new List<Word>();
        var redirections = new List<Redirection>();
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.Word)
            {
                index++;
                if (words.Count == 0 && AsAssignment(token.Word!) is { } assignment)
                {
                    assignments.Add(assignment);
                }
                else
                {
                    words.Add(token.Word!);
                }
            }
            else if (token.Kind == TokenKind.IoNumber || token.Kind == TokenKind.Operator && IsRedirection(token.Text))
            {
                redirections.Add(ReadRedirection());
            }
            else if (words.Count + assignments.Count + redirections.Count == 0)
            {
                throw ParseFailure.Unexpected(token is { Kind: TokenKind.End, Text: "" } ? "end of file" : token.Text);
            }
            else
            {
                return new SimpleCommand(assignments, words, redirections);
            }
        }
    }

    private static bool IsRedirection(string op) => op is ">" or ">>" or "<" or ">&" or "&>" or ">|" or "<&" or "<<";
}
