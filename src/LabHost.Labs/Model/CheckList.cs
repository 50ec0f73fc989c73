namespace LabHost.Labs.Model;

public sealed record CheckList(IReadOnlyList<CheckValue> Items, int Line, int Column) : CheckValue(Line, Column);
