namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A Go map with string keys. Go's fmt and encoding/json both print maps in sorted key order,
/// so entries are kept sorted (ordinal, which is Go's byte order for ASCII keys).
/// A nil map prints <c>map[]</c> and encodes as JSON <c>null</c>.
/// </summary>
public sealed class MapValue : TemplateValue
{
    public MapValue(IEnumerable<KeyValuePair<string, TemplateValue>> entries, string elementType, bool isNil = false)
    {
        var sorted = new SortedDictionary<string, TemplateValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            sorted[key] = value;
        }

        Entries = sorted.ToArray();
        Lookup = sorted;
        ElementType = elementType;
        IsNil = isNil && Entries.Count == 0;
    }

    public IReadOnlyList<KeyValuePair<string, TemplateValue>> Entries { get; }

    public string ElementType { get; }

    public bool IsNil { get; }

    public override string GoType => "map[string]" + ElementType;

    public override bool IsTrue => Entries.Count > 0;

    internal IReadOnlyDictionary<string, TemplateValue> Lookup { get; }

    /// <summary>What <c>index</c> returns for a missing key: the element type's zero value.</summary>
    internal TemplateValue ElementZero => ZeroOf(ElementType);

    internal static TemplateValue ZeroOf(string goType) => goType switch
    {
        "string" => StringValue.Empty,
        "int" or "int64" or "int32" or "uint16" or "uint64" => new IntValue(0, goType),
        "float64" => new FloatValue(0),
        "bool" => BoolValue.False,
        _ when goType.StartsWith("[]", StringComparison.Ordinal) => new ListValue([], goType[2..], isNil: true),
        _ when goType.StartsWith("map[string]", StringComparison.Ordinal) => new MapValue([], goType[11..], isNil: true),
        _ => new NilValue(goType),
    };

    internal override void WriteJson(GoJsonWriter writer)
    {
        if (IsNil)
        {
            writer.WriteRaw("null");
            return;
        }

        writer.WriteRaw("{");
        for (var i = 0; i < Entries.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteRaw(",");
            }

            writer.WriteString(Entries[i].Key);
            writer.WriteRaw(":");
            Entries[i].Value.WriteJson(writer);
        }

        writer.WriteRaw("}");
    }
}
