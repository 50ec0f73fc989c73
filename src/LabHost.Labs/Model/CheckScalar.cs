namespace LabHost.Labs.Model;

/// <summary>A scalar as written (YAML does not type it here; the check kind does).</summary>
public sealed record CheckScalar(string Value, int Line, int Column) : CheckValue(Line, Column)
{
    public override string ToString() => Value;
}
