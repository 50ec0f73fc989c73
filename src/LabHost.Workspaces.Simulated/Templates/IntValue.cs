namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>A Go <c>int</c> (any signed integer type; Docker's counts, ports and sizes).</summary>
public sealed class IntValue(long value, string goType = "int") : TemplateValue
{
    public long Value { get; } = value;

    public override string GoType { get; } = goType;

    public override bool IsTrue => Value != 0;

    internal override void WriteJson(GoJsonWriter writer) => writer.WriteRaw(Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
