namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>Commands joined by |; the status is the last command's.</summary>
public sealed record Pipeline(IReadOnlyList<SimpleCommand> Commands)
{
    public override string ToString() => string.Join(" | ", Commands);
}
