namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>NAME=value prefixes, words (argv before expansion) and redirections.</summary>
public sealed record SimpleCommand(
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<Word> Words,
    IReadOnlyList<Redirection> Redirections)
{
    public override string ToString() =>
        string.Join(' ', Assignments.Select(a => a.ToString())
            .Concat(Words.Select(w => $"[{w}]"))
            .Concat(Redirections.Select(r => r.ToString())));
}

public sealed record Assignment(string Name, Word Value)
{
    public override string ToString() => $"{Name}=[{Value}]";
}
