namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A Go value known by its methods, like the <c>*formatter.containerContext</c> Docker passes to
/// <c>docker ps --format</c>. <c>json</c> writes every argument-less method, keys sorted, as
/// Docker's formatter contexts do in their MarshalJSON. Methods run on every access.
/// </summary>
public sealed class MethodObject : TemplateValue
{
    private readonly Dictionary<string, TemplateMethod> methods;

    public MethodObject(string goType, IEnumerable<KeyValuePair<string, TemplateMethod>> methods)
    {
        GoType = goType;
        this.methods = new Dictionary<string, TemplateMethod>(methods, StringComparer.Ordinal);
    }

    public override string GoType { get; }

    public override bool IsTrue => true;

    public TemplateMethod? Method(string name) => methods.GetValueOrDefault(name);

    /// <summary>The argument-less methods evaluated, sorted by name (what json and fmt show).</summary>
    internal IEnumerable<KeyValuePair<string, TemplateValue>> Evaluate() =>
        methods.Where(m => m.Value.ArgumentCount == 0)
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => KeyValuePair.Create(m.Key, m.Value.Invoke([])));

    internal override void WriteJson(GoJsonWriter writer) =>
        new MapValue(Evaluate(), "interface {}").WriteJson(writer);
}
