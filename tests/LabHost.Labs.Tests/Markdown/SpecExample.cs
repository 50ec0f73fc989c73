namespace LabHost.Labs.Markdown;

/// <summary>One example of a spec file: markdown in, HTML out (CommonMark spec layout).</summary>
public sealed record SpecExample(string File, int Line, string Language, string Markdown, string Html)
{
    public override string ToString() => $"{File}:{Line}";
}
