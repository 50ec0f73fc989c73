namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>A piece of a shell word: literal text, a parameter to expand, or a leading ~.</summary>
public abstract record WordPart(bool Quoted);

public sealed record LiteralPart(string Text, bool Quoted) : WordPart(Quoted)
{
    public override string ToString() => Quoted ? $"'{Text}'" : Text;
}

public sealed record ParameterPart(string Name, bool Quoted) : WordPart(Quoted)
{
    public override string ToString() => Quoted ? $"\"${{{Name}}}\"" : $"${{{Name}}}";
}

public sealed record TildePart() : WordPart(false)
{
    public override string ToString() => "~";
}
