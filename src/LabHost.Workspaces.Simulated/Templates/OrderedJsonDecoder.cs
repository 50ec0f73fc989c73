using System.Text.Json;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// Builds typed-looking Go values from JSON written in inspect order: objects become structs
/// (field order kept, Go name = JSON name) except under the property names chosen as maps;
/// whole numbers become ints. Lets the CLI author inspect structures as JSON literals.
/// </summary>
internal static class OrderedJsonDecoder
{
    /// <summary>Docker's map-typed inspect fields (map[string]string or map[string]*T).</summary>
    public static readonly IReadOnlySet<string> DefaultMapProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "Labels", "Options", "DriverOpts", "AuxiliaryAddresses", "Containers", "Networks", "Ports", "Services", "Peers",
    };

    public static TemplateValue Decode(string json, Func<string, bool> isMap)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        return Convert(document.RootElement, asMap: false, isMap);
    }

    private static TemplateValue Convert(JsonElement element, bool asMap, Func<string, bool> isMap)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when asMap:
                var entries = element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Convert(p.Value, false, isMap))).ToList();
                var elementType = entries.Count > 0 && entries.All(e => e.Value is StringValue) ? "string" : "interface {}";
                return new MapValue(entries, elementType);
            case JsonValueKind.Object:
                return new StructValue("struct", element.EnumerateObject().Select(p =>
                    new StructField(p.Name, p.Name, Convert(p.Value, isMap(p.Name), isMap))));
            case JsonValueKind.Null when asMap:
                return TemplateValue.NilMap("string");
            case JsonValueKind.Array:
                var items = element.EnumerateArray().Select(e => Convert(e, false, isMap)).ToArray();
                return items.Length == 0 ? TemplateValue.ListOf("interface {}", []) : TemplateValue.List(items);
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? TemplateValue.Int(integer) : TemplateValue.Float(element.GetDouble());
            case JsonValueKind.String:
                return TemplateValue.String(element.GetString() ?? string.Empty);
            case JsonValueKind.True or JsonValueKind.False:
                return TemplateValue.Bool(element.GetBoolean());
            default:
                return NilValue.Interface;
        }
    }
}
