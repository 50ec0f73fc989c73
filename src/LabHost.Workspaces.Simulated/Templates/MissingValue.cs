namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// Go's invalid reflect.Value: the result of a missing map key. Prints <c>&lt;no value&gt;</c>.
/// </summary>
internal sealed class MissingValue : TemplateValue
{
    public static MissingValue Instance { get; } = new();

    private MissingValue()
    {
    }

    public override string GoType => "<invalid reflect.Value>";

    public override bool IsTrue => false;

    internal override void WriteJson(GoJsonWriter writer) => writer.WriteRaw("null");
}
