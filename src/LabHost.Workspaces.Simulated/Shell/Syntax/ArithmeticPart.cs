namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>$((expression)); the expression is expanded like a double-quoted word, then evaluated.</summary>
public sealed record ArithmeticPart(Word Expression, bool Quoted) : WordPart(Quoted)
{
    public override string ToString() => Quoted ? $"\"$(({Expression}))\"" : $"$(({Expression}))";
}
