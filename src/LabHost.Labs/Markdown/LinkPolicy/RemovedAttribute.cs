namespace LabHost.Labs.Markdown.LinkPolicy;

/// <summary>A generic attribute the policy took out; positions are Markdig's (0-based).</summary>
public sealed record RemovedAttribute(string Name, int Line, int Column);
