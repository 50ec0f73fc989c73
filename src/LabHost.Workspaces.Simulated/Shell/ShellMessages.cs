using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Error lines worded as busybox ash (interactive) and bash word them.</summary>
public static class ShellMessages
{
    public static string Name(ShellDialect dialect) => dialect == ShellDialect.Ash ? "sh" : "bash";

    public static string NotFound(ShellDialect dialect, string command) => dialect == ShellDialect.Ash
        ? $"sh: {command}: not found"
        : $"bash: {command}: command not found";

    /// <summary>The message for a failed parse; an Incomplete line at end of input is an error too.</summary>
    public static string Syntax(ShellDialect dialect, ParseResult result) => (dialect, result) switch
    {
        (ShellDialect.Ash, SyntaxError { Kind: SyntaxErrorKind.UnexpectedToken, Token: "newline" or "end of file" } e) => $"sh: syntax error: unexpected {e.Token}",
        (ShellDialect.Ash, SyntaxError { Kind: SyntaxErrorKind.UnexpectedToken } e) => $"sh: syntax error: unexpected \"{e.Token}\"",
        (ShellDialect.Ash, SyntaxError { Kind: SyntaxErrorKind.MissingBrace }) => "sh: syntax error: missing '}'",
        (ShellDialect.Ash, SyntaxError { Kind: SyntaxErrorKind.BadSubstitution }) => "sh: syntax error: bad substitution",
        (ShellDialect.Ash, Incomplete { Reason: IncompleteReason.Quote } or SyntaxError { Kind: SyntaxErrorKind.UnterminatedQuote }) => "sh: syntax error: unterminated quoted string",
        (ShellDialect.Ash, Incomplete { Reason: IncompleteReason.Substitution }) => "sh: syntax error: unexpected end of file (expecting \")\")",
        (ShellDialect.Ash, Incomplete { Reason: IncompleteReason.Backquote }) => "sh: syntax error: EOF in backquote substitution",
        (ShellDialect.Ash, Incomplete { Reason: IncompleteReason.Arithmetic }) => "sh: syntax error: missing '))'",
        (_, SyntaxError { Kind: SyntaxErrorKind.NestedTooDeeply } e) => $"{Name(dialect)}: syntax error: substitutions nested too deeply (the limit is {e.Token})",
        (ShellDialect.Ash, _) => "sh: syntax error: unexpected end of file",
        (_, SyntaxError { Kind: SyntaxErrorKind.UnexpectedToken, Token: "end of file" }) => "bash: syntax error: unexpected end of file",
        (_, SyntaxError { Kind: SyntaxErrorKind.UnexpectedToken } e) => $"bash: syntax error near unexpected token `{e.Token}'",
        (_, SyntaxError { Kind: SyntaxErrorKind.MissingBrace or SyntaxErrorKind.BadSubstitution } e) => $"bash: {e.Token}: bad substitution",
        (_, Incomplete { Reason: IncompleteReason.Quote } or SyntaxError { Kind: SyntaxErrorKind.UnterminatedQuote }) => "bash: unexpected EOF while looking for matching quote",
        (_, Incomplete { Reason: IncompleteReason.Substitution or IncompleteReason.Arithmetic }) => "bash: unexpected EOF while looking for matching `)'",
        (_, Incomplete { Reason: IncompleteReason.Backquote }) => "bash: unexpected EOF while looking for matching ``'",
        _ => "bash: syntax error: unexpected end of file",
    };
}
