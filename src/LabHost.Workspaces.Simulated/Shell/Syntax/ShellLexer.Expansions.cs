namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>The quoted and parameter parts of a word.</summary>
internal sealed partial class ShellLexer
{
    private void ReadDoubleQuoted(Action<string, bool> append, Action<WordPart> add)
    {
        position++;
        var empty = true;
        while (true)
        {
            if (position >= text.Length)
            {
                throw new ParseFailure(new Incomplete(IncompleteReason.Quote));
            }

            var c = text[position];
            if (c == '"')
            {
                position++;
                if (empty)
                {
                    add(new LiteralPart("", true));
                }

                return;
            }

            empty = false;
            if (c == '\\' && position + 1 < text.Length && text[position + 1] is '"' or '\\' or '$' or '`' or '\n')
            {
                if (text[position + 1] != '\n')
                {
                    append(text[position + 1].ToString(), true);
                }

                position += 2;
            }
            else if (c == '$' && ReadDollar(true) is { } expansion)
            {
                add(expansion);
            }
            else if (c == '`')
            {
                add(ReadBackquoted(true));
            }
            else
            {
                append(c.ToString(), true);
                position++;
            }
        }
    }

    /// <summary>Reads $(...), $((...)) or a parameter at position; null (nothing read) for a lone $.</summary>
    private WordPart? ReadDollar(bool quoted)
    {
        if (position + 1 >= text.Length || text[position + 1] != '(')
        {
            return ReadParameter(quoted);
        }

        if (position + 2 < text.Length && text[position + 2] == '(' && ReadArithmetic(quoted) is { } arithmetic)
        {
            return arithmetic;
        }

        return ReadCommandSubstitution(quoted);
    }

    /// <summary>Reads $name, ${name}, $? and friends at position; null (nothing read) for a lone $.</summary>
    private ParameterPart? ReadParameter(bool quoted)
    {
        var start = position + 1;
        if (start >= text.Length)
        {
            return null;
        }

        var c = text[start];
        if (c == '{')
        {
            var close = text.IndexOf('}', start);
            var name = close < 0 ? "" : text[(start + 1)..close];
            if (close < 0 || !IsParameterName(name))
            {
                throw new ParseFailure(new SyntaxError(close < 0 ? SyntaxErrorKind.MissingBrace : SyntaxErrorKind.BadSubstitution, "${" + name + "}"));
            }

            position = close + 1;
            return new ParameterPart(name, quoted);
        }

        if (c is '?' or '$' or '#' or '!' or '-' or '*' or '@' || char.IsAsciiDigit(c))
        {
            position = start + 1;
            return new ParameterPart(c.ToString(), quoted);
        }

        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_') && !(end == start && char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        position = end;
        return new ParameterPart(text[start..end], quoted);
    }

    private static bool IsParameterName(string name) =>
        name.Length == 1 && "?$#!-*@0123456789".Contains(name[0])
        || name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');
}
