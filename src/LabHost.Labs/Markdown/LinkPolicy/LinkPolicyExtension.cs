using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace LabHost.Labs.Markdown.LinkPolicy;

/// <summary>
/// Links and images only to http, https, mailto and paths inside the lab; relative paths are
/// served from the lab's base URL (set per render by <see cref="LabMarkdown.CreateRenderer"/>).
/// Also strips generic attributes other than id and class, since <c>{onclick=…}</c> would
/// otherwise reach the page.
/// </summary>
public sealed class LinkPolicyExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AttributePolicy.Apply;
        pipeline.DocumentProcessed += AttributePolicy.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }
        if (!html.ObjectRenderers.Contains<SafeLinkInlineRenderer>())
        {
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        }
        if (!html.ObjectRenderers.Contains<SafeAutolinkInlineRenderer>())
        {
            html.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        }
    }
}
