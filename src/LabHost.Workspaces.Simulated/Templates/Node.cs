namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A node of the parse tree. <see cref="Pos"/> is the offset in the template text;
/// <see cref="object.ToString"/> gives the text Go shows in "executing ... at &lt;X&gt;".
/// </summary>
internal abstract record Node(int Pos);

internal sealed record ListNode(int Pos, List<Node> Nodes) : Node(Pos)
{
    public override string ToString() => string.Concat(Nodes);
}

internal sealed record TextNode(int Pos, string Text) : Node(Pos)
{
    public override string ToString() => Text;
}

internal sealed record ActionNode(int Pos, PipeNode Pipe) : Node(Pos)
{
    public override string ToString() => "{{" + Pipe + "}}";
}

internal enum BranchKind
{
    If,
    Range,
    With,
}

/// <summary>if, range and with: a pipeline, a body and an optional else body.</summary>
internal sealed record BranchNode(int Pos, BranchKind Kind, PipeNode Pipe, ListNode List, ListNode? ElseList) : Node(Pos)
{
    public override string ToString() => "{{" + Kind.ToString().ToLowerInvariant() + " " + Pipe + "}}" + List
        + (ElseList is null ? string.Empty : "{{else}}" + ElseList) + "{{end}}";
}

internal sealed record BreakNode(int Pos, bool IsContinue) : Node(Pos)
{
    public override string ToString() => IsContinue ? "{{continue}}" : "{{break}}";
}

/// <summary>Parse-time only: {{else}} and {{end}} end an item list.</summary>
internal sealed record MarkerNode(int Pos, TokenKind Kind, int Line) : Node(Pos)
{
    public override string ToString() => Kind == TokenKind.Else ? "{{else}}" : "{{end}}";
}
