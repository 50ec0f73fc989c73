using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace LabHost.Labs.Markdown.LinkPolicy;

/// <summary>Markdig's autolink renderer behind the <see cref="UrlPolicy"/>: <c>&lt;javascript:…&gt;</c> stays text.</summary>
public sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        if (obj.IsEmail || UrlPolicy.Classify(obj.Url) != LinkVerdict.Refused)
        {
            base.Write(renderer, obj);
            return;
        }
        renderer.WriteEscape(obj.Url);
    }
}
