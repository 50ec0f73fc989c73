namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A Go <c>float64</c>. Numbers decoded from JSON into <c>interface{}</c> are floats in Go, so
/// <c>{{.Count}}</c> on raw JSON prints <c>1e+06</c> for a million, as real Docker does.
/// </summary>
public sealed class FloatValue(double value) : TemplateValue
{
    public double Value { get; } = value;

    public override string GoType => "float64";

    public override bool IsTrue => Value != 0;

    internal override void WriteJson(GoJsonWriter writer) => writer.WriteRaw(GoFloat.FormatJson(Value));
}
