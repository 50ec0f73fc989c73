namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>The lexer inside <c>{{ }}</c>: operands, punctuation, literals.</summary>
internal sealed partial class Lexer
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["."] = TokenKind.Dot, ["block"] = TokenKind.Block, ["break"] = TokenKind.Break,
        ["continue"] = TokenKind.Continue, ["define"] = TokenKind.Define, ["else"] = TokenKind.Else,
        ["end"] = TokenKind.End, ["if"] = TokenKind.If, ["range"] = TokenKind.Range, ["nil"] = TokenKind.Nil,
        ["template"] = TokenKind.Template, ["with"] = TokenKind.With,
    };

    /// <summary>Returns true while still inside the action.</summary>
    private bool LexInsideAction()
    {
        var (delim, _) = AtRightDelim();
        if (delim)
        {
            return parenDepth == 0 ? LexRightDelim() : Error("unclosed left paren");
        }

        var r = Next();
        switch (r)
        {
            case Eof: return Error("unclosed action");
            case ' ' or '\t' or '\r' or '\n': Backup(); return LexSpace();
            case '=': Emit(TokenKind.Assign); return true;
            case ':':
                if (Next() != '=')
                {
                    return Error("expected :=");
                }

                Emit(TokenKind.Declare);
                return true;
            case '|': Emit(TokenKind.Pipe); return true;
            case '"': return LexQuoted('"', "unterminated quoted string", TokenKind.String);
            case '`': return LexRaw();
            case '$': return LexFieldOrVariable(TokenKind.Variable);
            case '\'': return LexQuoted('\'', "unterminated character constant", TokenKind.CharConstant);
            case '.' when pos >= input.Length || input[pos] is < '0' or > '9':
                return LexFieldOrVariable(TokenKind.Field);
            case '.' or '+' or '-' or (>= '0' and <= '9'): Backup(); return LexNumber();
            case '(': Emit(TokenKind.LeftParen); parenDepth++; return true;
            case ')':
                Emit(TokenKind.RightParen);
                return --parenDepth >= 0 || Error("unexpected right paren");
            default:
                if (IsAlphaNumeric(r))
                {
                    Backup();
                    return LexIdentifier();
                }

                if (r is > ' ' and < 0x7f)
                {
                    Emit(TokenKind.Char);
                    return true;
                }

                return Error("unrecognized character in action: " + DescribeRune(r));
        }
    }

    private bool LexSpace()
    {
        var count = 0;
        while (pos < input.Length && IsSpace(input[pos]))
        {
            pos++;
            count++;
        }

        // A space followed by "-}}" is a trim marker, not a space item.
        if (input[pos - 1] is var c && IsSpace(c) && string.CompareOrdinal(input, pos, "-}}", 0, 3) == 0)
        {
            pos--;
            if (count == 1)
            {
                return LexRightDelim();
            }
        }

        Emit(TokenKind.Space);
        return true;
    }

    private bool LexIdentifier()
    {
        while (IsAlphaNumeric(Peek()))
        {
            Next();
        }

        if (!AtTerminator())
        {
            return Error("bad character " + DescribeRune(Peek()));
        }

        var word = input[start..pos];
        Emit(Keywords.TryGetValue(word, out var keyword) ? keyword : word is "true" or "false" ? TokenKind.Bool : TokenKind.Identifier);
        return true;
    }

    private bool LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
            return true;
        }

        while (IsAlphaNumeric(Peek()))
        {
            Next();
        }

        if (!AtTerminator())
        {
            return Error("bad character " + DescribeRune(Peek()));
        }

        Emit(kind);
        return true;
    }

    private bool AtTerminator()
    {
        var r = Peek();
        return r is Eof or ' ' or '\t' or '\r' or '\n' or '.' or ',' or '|' or ':' or ')' or '('
            || string.CompareOrdinal(input, pos, "}}", 0, 2) == 0;
    }

    private bool LexQuoted(char quote, string unterminated, TokenKind kind)
    {
        while (true)
        {
            var r = Next();
            if (r == '\\')
            {
                r = Next();
                if (r is not Eof and not '\n')
                {
                    continue;
                }
            }

            if (r is Eof or '\n')
            {
                return Error(unterminated);
            }

            if (r == quote)
            {
                Emit(kind);
                return true;
            }
        }
    }

    private bool LexRaw()
    {
        var end = input.IndexOf('`', pos);
        if (end < 0)
        {
            return Error("unterminated raw quoted string");
        }

        pos = end + 1;
        Emit(TokenKind.RawString);
        return true;
    }

    private bool LexNumber()
    {
        if (!ScanNumber())
        {
            return Error("bad number syntax: " + GoQuote.Quote(input[start..pos]));
        }

        if (Peek() is '+' or '-')
        {
            // Go accepts complex constants (1+2i) here; the parser rejects them later.
            if (!ScanNumber() || input[pos - 1] != 'i')
            {
                return Error("bad number syntax: " + GoQuote.Quote(input[start..pos]));
            }
        }

        Emit(TokenKind.Number);
        return true;
    }

    private bool ScanNumber()
    {
        Accept("+-");
        var digits = "0123456789_";
        if (Accept("0"))
        {
            digits = Accept("xX") ? "0123456789abcdefABCDEF_" : Accept("oO") ? "01234567_" : Accept("bB") ? "01_" : digits;
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        Accept("i");
        if (IsAlphaNumeric(Peek()))
        {
            Next();
            return false;
        }

        return true;
    }

    private bool Accept(string valid)
    {
        if (pos < input.Length && valid.Contains(input[pos], StringComparison.Ordinal))
        {
            pos++;
            return true;
        }

        return false;
    }

    private void AcceptRun(string valid)
    {
        while (Accept(valid))
        {
        }
    }

    private int Peek()
    {
        if (pos >= input.Length)
        {
            return Eof;
        }

        var c = input[pos];
        return char.IsHighSurrogate(c) && pos + 1 < input.Length && char.IsLowSurrogate(input[pos + 1])
            ? char.ConvertToUtf32(c, input[pos + 1])
            : c;
    }

    private int Next()
    {
        if (pos >= input.Length)
        {
            pos = input.Length + 1;
            return Eof;
        }

        var r = Peek();
        pos += r > 0xFFFF ? 2 : 1;
        return r;
    }

    private void Backup() => pos -= pos > input.Length ? 1 : char.IsLowSurrogate(input[pos - 1]) && pos >= 2 ? 2 : 1;
}
