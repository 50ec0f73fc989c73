namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>A pipeline with its optional declarations: <c>$x := .A | printf "%s"</c>.</summary>
internal sealed record PipeNode(int Pos, bool IsAssign, List<VariableNode> Decl, List<CommandNode> Cmds) : Node(Pos)
{
    public override string ToString()
    {
        var decl = Decl.Count == 0 ? string.Empty : string.Join(", ", Decl) + (IsAssign ? " = " : " := ");
        return decl + string.Join(" | ", Cmds);
    }
}

/// <summary>One command of a pipeline: a function, method or operand with its arguments.</summary>
internal sealed record CommandNode(int Pos, List<Node> Args) : Node(Pos)
{
    public override string ToString() =>
        string.Join(" ", Args.Select(a => a is PipeNode ? "(" + a + ")" : a.ToString()));
}
