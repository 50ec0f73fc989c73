using System.Text;

namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>
/// Splits a command line into words and operators, the way sh tokenises. Substitutions are
/// lexed and parsed where they stand, at most <paramref name="maxNesting"/> deep.
/// </summary>
internal sealed partial class ShellLexer(string text, int maxNesting, int nesting = 0)
{
    private static readonly string[] Operators = ["&&", "||", ";;", ">>", ">&", "<&", "&>", ">|", "<<", "|", ";", "&", ">", "<", "(", ")"];

    private int position;

    public List<Token> Tokenize() => ReadTokens(nested: false);

    /// <summary>The tokens up to the end of the text or, when nested, up to the ) closing a $( (an End token ")").</summary>
    private List<Token> ReadTokens(bool nested)
    {
        var tokens = new List<Token>();
        var depth = 0;
        while (true)
        {
            SkipBlanksAndComments();
            if (position >= text.Length)
            {
                if (nested)
                {
                    throw new ParseFailure(new Incomplete(IncompleteReason.Substitution));
                }

                tokens.Add(new Token(TokenKind.End, ""));
                return tokens;
            }

            var c = text[position];
            if (c == '\n')
            {
                position++;
                tokens.Add(new Token(TokenKind.Newline, "newline"));
            }
            else if (Operators.FirstOrDefault(op => string.CompareOrdinal(text, position, op, 0, op.Length) == 0) is { } op)
            {
                position += op.Length;
                if (nested && op == ")" && depth == 0)
                {
                    tokens.Add(new Token(TokenKind.End, ")"));
                    return tokens;
                }

                depth += op == "(" ? 1 : op == ")" ? -1 : 0;
                tokens.Add(new Token(TokenKind.Operator, op));
            }
            else
            {
                var word = ReadWord();
                var isIoNumber = word.LiteralText is { Length: > 0 and < 3 } digits && digits.All(char.IsAsciiDigit)
                    && word.Parts.All(p => !p.Quoted) && position < text.Length && text[position] is '<' or '>';
                if (word.Parts.Count > 0)
                {
                    tokens.Add(new Token(isIoNumber ? TokenKind.IoNumber : TokenKind.Word, word.ToString(), word));
                }
            }
        }
    }

    private void SkipBlanksAndComments()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\r')
            {
                position++;
            }
            else if (c == '\\' && position + 1 < text.Length && text[position + 1] == '\n')
            {
                position += 2;
            }
            else if (c == '#')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsMeta(char c) => c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '<' or '>' or '(' or ')';

    private Word ReadWord()
    {
        var parts = new List<WordPart>();
        var literal = new StringBuilder();
        var literalQuoted = false;

        void Flush()
        {
            if (literal.Length > 0)
            {
                parts.Add(new LiteralPart(literal.ToString(), literalQuoted));
                literal.Clear();
            }
        }

        void Append(string s, bool quoted)
        {
            if (literal.Length > 0 && literalQuoted != quoted)
            {
                Flush();
            }

            literalQuoted = quoted;
            literal.Append(s);
        }

        void Add(WordPart part)
        {
            Flush();
            parts.Add(part);
        }

        if (text[position] == '~' && (position + 1 >= text.Length || text[position + 1] == '/' || IsMeta(text[position + 1])))
        {
            position++;
            parts.Add(new TildePart());
        }

        while (position < text.Length && !IsMeta(text[position]))
        {
            var c = text[position];
            switch (c)
            {
                case '\\':
                    if (position + 1 >= text.Length)
                    {
                        throw new ParseFailure(new Incomplete(IncompleteReason.Backslash));
                    }

                    if (text[position + 1] != '\n')
                    {
                        Append(text[position + 1].ToString(), true);
                    }

                    position += 2;
                    break;
                case '\'':
                    var end = text.IndexOf('\'', position + 1);
                    if (end < 0)
                    {
                        throw new ParseFailure(new Incomplete(IncompleteReason.Quote));
                    }

                    Append(text[(position + 1)..end], true);
                    if (end == position + 1)
                    {
                        Add(new LiteralPart("", true));
                    }

                    position = end + 1;
                    break;
                case '"':
                    ReadDoubleQuoted(Append, Add);
                    break;
                case '`':
                    Add(ReadBackquoted(false));
                    break;
                case '$':
                    if (ReadDollar(false) is { } expansion)
                    {
                        Add(expansion);
                    }
                    else
                    {
                        Append("$", false);
                        position++;
                    }

                    break;
                default:
                    Append(c.ToString(), false);
                    position++;
                    break;
            }
        }

        Flush();
        return new Word(parts);
    }
}
