namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>
/// Parses a command line (possibly several lines joined by \n) into a <see cref="CommandList"/>.
/// Never throws: failures come back as <see cref="Incomplete"/> or <see cref="SyntaxError"/>.
/// Safe for concurrent use (each call has its own state).
/// </summary>
public static class ShellParser
{
    public static ParseResult Parse(string text) => Parse(text, ShellLimits.Default.MaxSubstitutionDepth);

    /// <summary>Parses with substitutions nested at most <paramref name="maxNesting"/> deep.</summary>
    public static ParseResult Parse(string text, int maxNesting)
    {
        try
        {
            var tokens = new ShellLexer(text, maxNesting).Tokenize();
            return new Parsed(new CommandReader(tokens).ReadList());
        }
        catch (ParseFailure failure)
        {
            return failure.Result;
        }
    }
}
