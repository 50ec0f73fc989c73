using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LabHost.Labs.Markdown.Callouts;

/// <summary>Callouts: <c>&gt; [!NOTE]</c>, <c>[!TIP]</c>, <c>[!IMPORTANT]</c>, <c>[!WARNING]</c>, <c>[!CAUTION]</c>.</summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CalloutBlockParser>())
        {
            pipeline.BlockParsers.InsertBefore<QuoteBlockParser>(new CalloutBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutBlockRenderer>())
        {
            html.ObjectRenderers.InsertBefore<QuoteBlockRenderer>(new CalloutBlockRenderer());
        }
    }
}
