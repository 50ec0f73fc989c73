using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace LabHost.Labs.Markdown.LinkPolicy;

/// <summary>
/// Markdig's link renderer behind the <see cref="UrlPolicy"/>: a refused link is written as its
/// text, a refused image as its alt text. This holds whether or not lint ran.
/// </summary>
public sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (UrlPolicy.Classify(link.Url) != LinkVerdict.Refused)
        {
            base.Write(renderer, link);
            return;
        }
        var enableHtml = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = enableHtml && !link.IsImage;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = enableHtml;
    }
}
