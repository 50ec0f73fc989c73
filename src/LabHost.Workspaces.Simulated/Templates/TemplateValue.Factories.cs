using System.Collections;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Factories that let the docker CLI code build its inspect structures tersely.</summary>
public abstract partial class TemplateValue
{
    public static TemplateValue Nil => NilValue.Interface;

    public static StringValue String(string value) => value.Length == 0 ? StringValue.Empty : new(value);

    public static IntValue Int(long value) => new(value);

    public static FloatValue Float(double value) => new(value);

    public static BoolValue Bool(bool value) => BoolValue.Of(value);

    public static TimeValue Time(DateTimeOffset value) => new(value);

    public static PointerValue Pointer(TemplateValue target) => new(target);

    /// <summary>A nil <c>*T</c>; prints <c>&lt;nil&gt;</c>.</summary>
    public static NilValue NilPointer(string targetType) => new("*" + targetType);

    /// <summary>A slice whose element type is inferred: shared Go type, else <c>interface {}</c>.</summary>
    public static ListValue List(params TemplateValue[] items) => new(items, CommonType(items));

    public static ListValue ListOf(string elementType, IEnumerable<TemplateValue> items) => new(items, elementType);

    public static ListValue NilList(string elementType) => new([], elementType, isNil: true);

    public static ListValue Strings(IEnumerable<string> items) => new(items.Select(String), "string");

    public static MapValue Map(params (string Key, TemplateValue Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)), CommonType(entries.Select(e => e.Value)));

    public static MapValue MapOf(string elementType, IEnumerable<KeyValuePair<string, TemplateValue>> entries) =>
        new(entries, elementType);

    /// <summary>A <c>map[string]string</c>, e.g. Labels or Options; null gives a nil map.</summary>
    public static MapValue StringMap(IEnumerable<KeyValuePair<string, string>>? entries) => entries is null
        ? new([], "string", isNil: true)
        : new(entries.Select(e => KeyValuePair.Create(e.Key, (TemplateValue)String(e.Value))), "string");

    public static MapValue NilMap(string elementType) => new([], elementType, isNil: true);

    /// <summary>An anonymous-type struct; fields are (Go name, JSON name, value).</summary>
    public static StructValue Struct(params (string Name, string? Json, TemplateValue Value)[] fields) =>
        Struct("struct", fields);

    public static StructValue Struct(string goType, params (string Name, string? Json, TemplateValue Value)[] fields) =>
        new(goType, fields.Select(f => new StructField(f.Name, f.Json, f.Value)));

    public static MethodObject Methods(string goType, params (string Name, TemplateMethod Method)[] methods) =>
        new(goType, methods.Select(m => KeyValuePair.Create(m.Name, m.Method)));

    /// <summary>
    /// Decodes JSON the way Go decodes it into <c>interface{}</c>: objects become
    /// <c>map[string]interface {}</c>, arrays <c>[]interface {}</c>, numbers <c>float64</c>.
    /// This is what <c>docker inspect</c> formats when it falls back to the raw JSON.
    /// </summary>
    public static TemplateValue FromJson(string json) => JsonDecoder.Decode(json);

    /// <summary>
    /// Builds struct-like values from JSON in field order (handy for authoring inspect output):
    /// objects are structs whose Go and JSON names are the JSON keys, except properties named in
    /// <paramref name="mapProperties"/> (default: Labels, Options, Containers, ...), which are
    /// sorted maps; whole numbers are ints; null under a map property is a nil map.
    /// </summary>
    public static TemplateValue FromOrderedJson(string json, IEnumerable<string>? mapProperties = null)
    {
        var maps = mapProperties?.ToHashSet(StringComparer.Ordinal) ?? OrderedJsonDecoder.DefaultMapProperties;
        return OrderedJsonDecoder.Decode(json, maps.Contains);
    }

    /// <summary>
    /// Converts plain .NET data: strings, bools, integers, doubles, DateTimeOffset, dictionaries
    /// with string keys (maps) and sequences (slices); TemplateValues pass through.
    /// </summary>
    public static TemplateValue From(object? value) => value switch
    {
        null => Nil,
        TemplateValue v => v,
        string s => String(s),
        bool b => Bool(b),
        int or long or short or byte or uint or ushort => Int(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        double or float or decimal => Float(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        DateTimeOffset t => Time(t),
        DateTime t => Time(new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t)),
        IEnumerable<KeyValuePair<string, string>> m => StringMap(m),
        IDictionary d => FromDictionary(d),
        IEnumerable<string> l => Strings(l),
        IEnumerable e => List(e.Cast<object?>().Select(From).ToArray()),
        _ => String(value.ToString() ?? string.Empty),
    };

    private static MapValue FromDictionary(IDictionary d)
    {
        var entries = new List<KeyValuePair<string, TemplateValue>>();
        foreach (DictionaryEntry entry in d)
        {
            entries.Add(KeyValuePair.Create(entry.Key.ToString() ?? string.Empty, From(entry.Value)));
        }

        return new MapValue(entries, CommonType(entries.Select(e => e.Value)));
    }

    private static string CommonType(IEnumerable<TemplateValue> values)
    {
        string? type = null;
        foreach (var value in values)
        {
            if (value is NilValue || (type is not null && type != value.GoType))
            {
                return "interface {}";
            }

            type = value.GoType;
        }

        return type ?? "interface {}";
    }
}
