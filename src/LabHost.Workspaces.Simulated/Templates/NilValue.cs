namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A nil pointer or nil interface (<c>fmt</c> prints <c>&lt;nil&gt;</c>, JSON <c>null</c>).
/// Nil maps and slices are <see cref="MapValue"/> and <see cref="ListValue"/> with IsNil set,
/// because Go prints those as <c>map[]</c> and <c>[]</c>.
/// </summary>
public sealed class NilValue(string goType = "interface {}") : TemplateValue
{
    public static NilValue Interface { get; } = new();

    public override string GoType { get; } = goType;

    public override bool IsTrue => false;

    internal bool IsPointer => GoType.StartsWith('*');

    internal override void WriteJson(GoJsonWriter writer) => writer.WriteRaw("null");
}
