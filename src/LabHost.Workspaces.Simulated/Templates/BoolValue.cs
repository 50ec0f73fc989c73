namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>A Go <c>bool</c>.</summary>
public sealed class BoolValue : TemplateValue
{
    public static BoolValue True { get; } = new(true);

    public static BoolValue False { get; } = new(false);

    private BoolValue(bool value) => Value = value;

    public bool Value { get; }

    public override string GoType => "bool";

    public override bool IsTrue => Value;

    public static BoolValue Of(bool value) => value ? True : False;

    internal override void WriteJson(GoJsonWriter writer) => writer.WriteRaw(Value ? "true" : "false");
}
