namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>What parsing a command line gave: a list, a need for more input, or a syntax error.</summary>
public abstract record ParseResult;

public sealed record Parsed(CommandList Commands) : ParseResult;

/// <summary>The line is unfinished: an open quote, a trailing \ or a trailing &amp;&amp;, || or |.</summary>
public sealed record Incomplete(IncompleteReason Reason) : ParseResult;

public sealed record SyntaxError(SyntaxErrorKind Kind, string Token = "") : ParseResult;

public enum IncompleteReason
{
    Quote,
    Backslash,
    Operator,
}

public enum SyntaxErrorKind
{
    /// <summary>A token where none may be; Token is "newline" at the end of a line.</summary>
    UnexpectedToken,
    UnterminatedQuote,
    MissingBrace,
    BadSubstitution,
    UnexpectedEndOfFile,
}
