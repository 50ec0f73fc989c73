namespace LabHost.Labs.Markdown;

/// <summary>A link or image to a path inside the lab; <see cref="Path"/> is relative to the lab folder.</summary>
public sealed record LabLink(string Url, string Path, bool IsImage, int Line, int Column);
