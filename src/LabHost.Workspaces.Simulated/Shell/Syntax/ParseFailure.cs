namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>Unwinds the lexer or parser to <see cref="ShellParser.Parse"/>; never escapes it.</summary>
internal sealed class ParseFailure(ParseResult result) : Exception
{
    public ParseResult Result { get; } = result;

    public static ParseFailure Unexpected(string token) => new(new SyntaxError(SyntaxErrorKind.UnexpectedToken, token));
}
