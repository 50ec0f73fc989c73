namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// One field of a Go struct: <paramref name="Name"/> is the Go name that <c>.Name</c> reaches,
/// <paramref name="JsonName"/> the key <c>json</c> writes (null for <c>json:"-"</c>).
/// </summary>
public sealed record StructField(string Name, string? JsonName, TemplateValue Value, bool OmitEmpty = false);
