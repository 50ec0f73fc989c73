using LabHost.Labs.Model;

namespace LabHost.Labs.Markdown;

/// <summary>
/// A renderer that writes words of its own (a summary, a title, a button label). The pipeline is
/// built once; each render sets the learner's language on a fresh HtmlRenderer's renderers.
/// </summary>
public interface ILocalizedRenderer
{
    LabLanguage Language { get; set; }
}
