namespace LabHost.Workspaces.Simulated.Templates;

internal sealed record FieldNode(int Pos, string[] Ident) : Node(Pos)
{
    public override string ToString() => "." + string.Join(".", Ident);
}

/// <summary>A variable with an optional field chain: Ident[0] is <c>$x</c>.</summary>
internal sealed record VariableNode(int Pos, string[] Ident) : Node(Pos)
{
    public override string ToString() => string.Join(".", Ident);
}

/// <summary>A term followed by fields: <c>(pipeline).Field</c>.</summary>
internal sealed record ChainNode(int Pos, Node Node, string[] Field) : Node(Pos)
{
    public override string ToString() =>
        (Node is PipeNode ? "(" + Node + ")" : Node.ToString()) + "." + string.Join(".", Field);
}

internal sealed record IdentifierNode(int Pos, string Name) : Node(Pos)
{
    public override string ToString() => Name;
}

internal sealed record DotNode(int Pos) : Node(Pos)
{
    public override string ToString() => ".";
}

internal sealed record NilNode(int Pos) : Node(Pos)
{
    public override string ToString() => "nil";
}

internal sealed record BoolNode(int Pos, bool Value) : Node(Pos)
{
    public override string ToString() => Value ? "true" : "false";
}

internal sealed record StringNode(int Pos, string Quoted, string Text) : Node(Pos)
{
    public override string ToString() => Quoted;
}

/// <summary>A number constant; <see cref="Value"/> is what Go passes to an interface{} argument.</summary>
internal sealed record NumberNode(int Pos, string Text, TemplateValue Value, bool IsInt, long Int) : Node(Pos)
{
    public override string ToString() => Text;
}
