namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>What parsing a command line gave: a list, a need for more input, or a syntax error.</summary>
public abstract record ParseResult;

public sealed record Parsed(CommandList Commands) : ParseResult;

/// <summary>The line is unfinished: an open quote or substitution, a trailing \ or a trailing &amp;&amp;, || or |.</summary>
public sealed record Incomplete(IncompleteReason Reason) : ParseResult;

public sealed record SyntaxError(SyntaxErrorKind Kind, string Token = "") : ParseResult;

public enum IncompleteReason
{
    Quote,
    Backslash,
    Operator,

    /// <summary>$( without its ).</summary>
    Substitution,

    /// <summary>` without its closing `.</summary>
    Backquote,

    /// <summary>$(( without its )).</summary>
    Arithmetic,
}

public enum SyntaxErrorKind
{
    /// <summary>A token where none may be; Token is "newline" at the end of a line.</summary>
    UnexpectedToken,
    UnterminatedQuote,
    MissingBrace,
    BadSubstitution,
    UnexpectedEndOfFile,

    /// <summary>Substitutions nested deeper than the limit (in Token); real shells have none.</summary>
    NestedTooDeeply,
}
