using System.Text;

namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>$(...), `...` and $((...)).</summary>
internal sealed partial class ShellLexer
{
    private CommandSubstitutionPart ReadCommandSubstitution(bool quoted)
    {
        EnterNesting();
        position += 2;
        var tokens = ReadTokens(nested: true);
        nesting--;
        return new CommandSubstitutionPart(new CommandReader(tokens).ReadList(), quoted);
    }

    /// <summary>
    /// `...`: backslash quotes only $ ` \ (and " inside double quotes); the rest is lexed afresh,
    /// so `echo \`echo in\`` nests.
    /// </summary>
    private CommandSubstitutionPart ReadBackquoted(bool quoted)
    {
        var content = new StringBuilder();
        position++;
        while (true)
        {
            if (position >= text.Length)
            {
                throw new ParseFailure(new Incomplete(IncompleteReason.Backquote));
            }

            var c = text[position];
            if (c == '`')
            {
                position++;
                break;
            }

            if (c == '\\' && position + 1 < text.Length && (text[position + 1] is '$' or '`' or '\\' || quoted && text[position + 1] == '"'))
            {
                content.Append(text[position + 1]);
                position += 2;
                continue;
            }

            content.Append(c);
            position++;
        }

        EnterNesting();
        try
        {
            var tokens = new ShellLexer(content.ToString(), maxNesting, nesting).Tokenize();
            nesting--;
            return new CommandSubstitutionPart(new CommandReader(tokens).ReadList(), quoted);
        }
        catch (ParseFailure failure) when (failure.Result is Incomplete incomplete)
        {
            // The closing ` was found, so more input cannot finish what is open inside it.
            throw new ParseFailure(incomplete.Reason == IncompleteReason.Quote
                ? new SyntaxError(SyntaxErrorKind.UnterminatedQuote)
                : new SyntaxError(SyntaxErrorKind.UnexpectedEndOfFile));
        }
    }

    /// <summary>
    /// $((expression)) up to the )) that balances it; null (nothing read) when a single ) closes
    /// it first, which makes it $( (subshell) ) instead.
    /// </summary>
    private ArithmeticPart? ReadArithmetic(bool quoted)
    {
        var start = position;
        EnterNesting();
        position += 3;
        var parts = new List<WordPart>();
        var literal = new StringBuilder();
        var depth = 0;
        while (true)
        {
            if (position >= text.Length)
            {
                throw new ParseFailure(new Incomplete(IncompleteReason.Arithmetic));
            }

            var c = text[position];
            if (c == ')' && depth == 0)
            {
                nesting--;
                if (position + 1 >= text.Length || text[position + 1] != ')')
                {
                    position = start;
                    return null;
                }

                position += 2;
                break;
            }

            WordPart? part = null;
            if (c == '\\' && position + 1 < text.Length && text[position + 1] is '$' or '`' or '\\' or '\n')
            {
                literal.Append(text[position + 1] == '\n' ? "" : text[position + 1]);
                position += 2;
                continue;
            }

            if (c == '$')
            {
                part = ReadDollar(true);
            }
            else if (c == '`')
            {
                part = ReadBackquoted(true);
            }

            if (part is null)
            {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                literal.Append(c);
                position++;
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(new LiteralPart(literal.ToString(), true));
                literal.Clear();
            }

            parts.Add(part);
        }

        if (literal.Length > 0)
        {
            parts.Add(new LiteralPart(literal.ToString(), true));
        }

        return new ArithmeticPart(new Word(parts), quoted);
    }

    private void EnterNesting()
    {
        if (nesting >= maxNesting)
        {
            throw new ParseFailure(new SyntaxError(SyntaxErrorKind.NestedTooDeeply, maxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        nesting++;
    }
}
