namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A non-nil Go pointer (Docker's <c>*container.HostConfig</c> and the like). Field access and
/// <c>{{.X}}</c> see through it; <c>print</c> and <c>printf</c> show <c>&amp;{...}</c> at top
/// level, and <c>fmt</c> prints a pointer nested inside another value as an address, as Go does.
/// Use <see cref="NilValue"/> with a <c>*T</c> type for a nil pointer.
/// </summary>
public sealed class PointerValue(TemplateValue target) : TemplateValue
{
    public TemplateValue Target { get; } = target;

    public override string GoType => "*" + Target.GoType;

    public override bool IsTrue => true;

    /// <summary>A stable made-up address; real Docker prints whatever the heap gives it.</summary>
    internal string FakeAddress => "0xc000" + ((uint)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Target) % 0x100000).ToString("x6", System.Globalization.CultureInfo.InvariantCulture);

    internal override void WriteJson(GoJsonWriter writer) => Target.WriteJson(writer);
}
