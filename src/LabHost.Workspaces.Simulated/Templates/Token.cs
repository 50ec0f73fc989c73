namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>One lexical item: its kind, text, offset in the template and line number.</summary>
internal readonly record struct Token(TokenKind Kind, string Value, int Pos, int Line)
{
    /// <summary>How Go's parser names the item in "unexpected X in Y" errors.</summary>
    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "EOF",
        TokenKind.Error => Value,
        > TokenKind.Keyword => "<" + Value + ">",
        _ when Value.EnumerateRunes().Count() > 10 =>
            GoQuote.Quote(string.Concat(Value.EnumerateRunes().Take(10).Select(r => r.ToString()))) + "...",
        _ => GoQuote.Quote(Value),
    };
}
