namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>A Go <c>string</c>.</summary>
public sealed class StringValue(string value) : TemplateValue
{
    public static StringValue Empty { get; } = new(string.Empty);

    public string Value { get; } = value;

    public override string GoType => "string";

    public override bool IsTrue => Value.Length > 0;

    internal override void WriteJson(GoJsonWriter writer) => writer.WriteString(Value);
}
