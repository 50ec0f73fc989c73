namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>One shell word before expansion; ToString shows its parts (used by parser tests).</summary>
public sealed record Word(IReadOnlyList<WordPart> Parts)
{
    public static Word Literal(string text) => new([new LiteralPart(text, false)]);

    /// <summary>The text when the word has no expansions, else null.</summary>
    public string? LiteralText =>
        Parts.All(p => p is LiteralPart) ? string.Concat(Parts.Cast<LiteralPart>().Select(p => p.Text)) : null;

    public override string ToString() => string.Concat(Parts);
}
