using System.Text.Json;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Go's <c>json.Unmarshal</c> into <c>interface{}</c>, on top of System.Text.Json.</summary>
internal static class JsonDecoder
{
    public static TemplateValue Decode(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        return Convert(document.RootElement);
    }

    private static TemplateValue Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new MapValue(
            element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Convert(p.Value))), "interface {}"),
        JsonValueKind.Array => new ListValue(element.EnumerateArray().Select(Convert), "interface {}"),
        JsonValueKind.String => TemplateValue.String(element.GetString() ?? string.Empty),
        JsonValueKind.Number => TemplateValue.Float(element.GetDouble()),
        JsonValueKind.True => BoolValue.True,
        JsonValueKind.False => BoolValue.False,
        _ => NilValue.Interface,
    };
}
