using LabHost.Labs.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LabHost.Labs.Markdown.Callouts;

/// <summary>
/// Writes <c>&lt;aside class="lh-callout lh-note" role="note"&gt;&lt;p class="lh-callout-title"&gt;Note&lt;/p&gt;…&lt;/aside&gt;</c>,
/// the title in the page's language.
/// </summary>
public sealed class CalloutBlockRenderer : HtmlObjectRenderer<CalloutBlock>, ILocalizedRenderer
{
    public LabLanguage Language { get; set; } = LabLanguage.En;

    protected override void Write(HtmlRenderer renderer, CalloutBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<aside class=\"lh-callout lh-").Write(obj.Kind.ToString().ToLowerInvariant()).WriteLine("\" role=\"note\">");
        renderer.Write("<p class=\"lh-callout-title\">").Write(Title(obj.Kind)).WriteLine("</p>");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(obj);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine();
        renderer.WriteLine("</aside>");
    }

    private string Title(CalloutKind kind) => (kind, Language) switch
    {
        (CalloutKind.Note, LabLanguage.Ko) => "참고",
        (CalloutKind.Tip, LabLanguage.Ko) => "팁",
        (CalloutKind.Important, LabLanguage.Ko) => "중요",
        (CalloutKind.Warning, LabLanguage.Ko) => "주의",
        (CalloutKind.Caution, LabLanguage.Ko) => "경고",
        _ => kind.ToString(),
    };
}
