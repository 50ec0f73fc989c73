namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A Go struct value: ordered fields. <c>fmt</c> prints <c>{v1 v2}</c> in field order (an
/// empty string prints as nothing, so two spaces can appear); <c>json</c> writes JSON names.
/// </summary>
public sealed class StructValue : TemplateValue
{
    private readonly Dictionary<string, StructField> byName = new(StringComparer.Ordinal);

    public StructValue(string goType, IEnumerable<StructField> fields)
    {
        GoType = goType;
        Fields = fields.ToArray();
        foreach (var field in Fields)
        {
            byName.TryAdd(field.Name, field);
        }
    }

    public IReadOnlyList<StructField> Fields { get; }

    public override string GoType { get; }

    /// <summary>Structs are always true in Go templates, even when every field is zero.</summary>
    public override bool IsTrue => true;

    public StructField? Field(string name) => byName.GetValueOrDefault(name);

    internal override void WriteJson(GoJsonWriter writer)
    {
        writer.WriteRaw("{");
        var first = true;
        foreach (var field in Fields)
        {
            if (field.JsonName is null || (field.OmitEmpty && IsEmptyForJson(field.Value)))
            {
                continue;
            }

            if (!first)
            {
                writer.WriteRaw(",");
            }

            first = false;
            writer.WriteString(field.JsonName);
            writer.WriteRaw(":");
            field.Value.WriteJson(writer);
        }

        writer.WriteRaw("}");
    }

    // encoding/json's omitempty: false, 0, "", nil, and empty maps and slices are left out.
    private static bool IsEmptyForJson(TemplateValue value) =>
        value is not StructValue and not TimeValue and not PointerValue and not MethodObject && !value.IsTrue;
}
