namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>
/// $(commands) or `commands`, parsed with the word it sits in (as bash does for $(...)), so an
/// unterminated or malformed substitution fails the whole line before anything runs.
/// </summary>
public sealed record CommandSubstitutionPart(CommandList Commands, bool Quoted) : WordPart(Quoted)
{
    public override string ToString() => Quoted ? $"\"$({Commands})\"" : $"$({Commands})";
}
