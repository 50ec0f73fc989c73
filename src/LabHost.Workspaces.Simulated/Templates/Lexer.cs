using System.Globalization;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// Go's text/template lexer (fixed <c>{{ }}</c> delimiters, trim markers, comments). Tokenises
/// the whole text up front; the token list ends with an Eof or an Error token.
/// </summary>
internal sealed partial class Lexer
{
    private const int Eof = -1;
    private readonly string input;
    private readonly List<Token> tokens = [];
    private int pos;
    private int start;
    private int parenDepth;
    private int lineCountedTo;
    private int line = 1;

    private Lexer(string input) => this.input = input;

    public static List<Token> Tokenize(string input)
    {
        var lexer = new Lexer(input);
        lexer.Run();
        return lexer.tokens;
    }

    private void Run()
    {
        var inAction = false;
        while (tokens.Count == 0 || tokens[^1].Kind is not (TokenKind.Eof or TokenKind.Error))
        {
            inAction = inAction ? LexInsideAction() : LexText();
        }
    }

    private bool LexText()
    {
        var x = input.IndexOf("{{", pos, StringComparison.Ordinal);
        if (x < 0)
        {
            pos = input.Length;
            if (pos > start)
            {
                Emit(TokenKind.Text);
            }

            Emit(TokenKind.Eof);
            return false;
        }

        var trim = HasLeftTrimMarker(x + 2) ? RightTrimLength(start, x) : 0;
        pos = x - trim;
        if (pos > start)
        {
            Emit(TokenKind.Text);
        }

        pos = x + 2;
        var afterMarker = HasLeftTrimMarker(x + 2) ? 2 : 0;
        if (string.CompareOrdinal(input, pos + afterMarker, "/*", 0, 2) == 0)
        {
            start = pos = pos + afterMarker;
            return LexComment();
        }

        Emit(TokenKind.LeftDelim);
        pos += afterMarker;
        start = pos;
        parenDepth = 0;
        return true;
    }

    private bool LexComment()
    {
        var end = input.IndexOf("*/", pos + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            return Error("unclosed comment");
        }

        pos = end + 2;
        var (delim, trim) = AtRightDelim();
        if (!delim)
        {
            return Error("comment ends before closing delimiter");
        }

        pos += (trim ? 2 : 0) + 2;
        if (trim)
        {
            pos += LeftTrimLength(pos);
        }

        start = pos;
        return false;
    }

    private bool LexRightDelim()
    {
        var (_, trim) = AtRightDelim();
        if (trim)
        {
            pos += 2;
            start = pos;
        }

        pos += 2;
        Emit(TokenKind.RightDelim);
        if (trim)
        {
            pos += LeftTrimLength(pos);
            start = pos;
        }

        return false;
    }

    private (bool Delim, bool Trim) AtRightDelim()
    {
        if (pos + 1 < input.Length && IsSpace(input[pos]) && input[pos + 1] == '-' && string.CompareOrdinal(input, pos + 2, "}}", 0, 2) == 0)
        {
            return (true, true);
        }

        return (string.CompareOrdinal(input, pos, "}}", 0, 2) == 0, false);
    }

    private bool HasLeftTrimMarker(int at) => at + 1 < input.Length && input[at] == '-' && IsSpace(input[at + 1]);

    private int RightTrimLength(int from, int to)
    {
        var i = to;
        while (i > from && IsSpace(input[i - 1]))
        {
            i--;
        }

        return to - i;
    }

    private int LeftTrimLength(int from)
    {
        var i = from;
        while (i < input.Length && IsSpace(input[i]))
        {
            i++;
        }

        return i - from;
    }

    private static bool IsSpace(int c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(int r) =>
        r == '_' || (r >= 0 && Rune.IsValid(r) && (Rune.IsLetter(new Rune(r)) || Rune.IsDigit(new Rune(r))));

    private void Emit(TokenKind kind)
    {
        tokens.Add(new Token(kind, input[start..pos], start, LineAt(start)));
        start = pos;
    }

    private bool Error(string message)
    {
        tokens.Add(new Token(TokenKind.Error, message, start, LineAt(start)));
        return false;
    }

    private int LineAt(int offset)
    {
        for (; lineCountedTo < offset && lineCountedTo < input.Length; lineCountedTo++)
        {
            if (input[lineCountedTo] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string DescribeRune(int r) =>
        "U+" + r.ToString("X4", CultureInfo.InvariantCulture) + " '" + (r >= 0 && Rune.IsValid(r) ? new Rune(r).ToString() : "\uFFFD") + "'";
}
