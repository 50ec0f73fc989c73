namespace LabHost.Labs.Markdown;

public enum LabSectionKind
{
    /// <summary>Text to read: the introduction, or a <c>##</c> heading without an id.</summary>
    Reading,

    /// <summary>A <c>## Heading {#step-id}</c>: the text of one step of lab.yaml.</summary>
    Step,
}
