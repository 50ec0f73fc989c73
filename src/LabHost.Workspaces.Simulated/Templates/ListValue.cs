namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>A Go slice. A nil slice prints <c>[]</c> and encodes as JSON <c>null</c>.</summary>
public sealed class ListValue : TemplateValue
{
    public ListValue(IEnumerable<TemplateValue> items, string elementType, bool isNil = false)
    {
        Items = items.ToArray();
        ElementType = elementType;
        IsNil = isNil && Items.Count == 0;
    }

    public IReadOnlyList<TemplateValue> Items { get; }

    /// <summary>The Go element type, e.g. <c>string</c> or <c>interface {}</c>.</summary>
    public string ElementType { get; }

    public bool IsNil { get; }

    public override string GoType => "[]" + ElementType;

    public override bool IsTrue => Items.Count > 0;

    internal override void WriteJson(GoJsonWriter writer)
    {
        if (IsNil)
        {
            writer.WriteRaw("null");
            return;
        }

        writer.WriteRaw("[");
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteRaw(",");
            }

            Items[i].WriteJson(writer);
        }

        writer.WriteRaw("]");
    }
}
