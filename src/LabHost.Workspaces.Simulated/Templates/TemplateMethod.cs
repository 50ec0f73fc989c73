namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A Go method reachable as <c>.Name</c> or <c>.Name "arg"</c>, like the methods of Docker's
/// formatting contexts (<c>.ID</c>, <c>.Label "k"</c>). Every argument is a Go string.
/// </summary>
public sealed record TemplateMethod(int ArgumentCount, Func<IReadOnlyList<string>, TemplateValue> Invoke)
{
    public static TemplateMethod Of(Func<TemplateValue> invoke) => new(0, _ => invoke());

    public static TemplateMethod Of(Func<string, TemplateValue> invoke) => new(1, args => invoke(args[0]));
}
