namespace LabHost.Labs.Model;

/// <summary>A YAML value of a check parameter: a scalar, a list or a map. Positions are 1-based.</summary>
public abstract record CheckValue(int Line, int Column);
