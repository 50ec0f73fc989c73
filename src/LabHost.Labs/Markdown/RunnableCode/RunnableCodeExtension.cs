using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LabHost.Labs.Markdown.RunnableCode;

/// <summary>Runnable commands: <c>```bash run</c> gets Run and Copy buttons.</summary>
public sealed class RunnableCodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<RunnableCodeBlockParser>())
        {
            pipeline.BlockParsers.Replace<FencedCodeBlockParser>(new RunnableCodeBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<RunnableCodeBlockRenderer>())
        {
            html.ObjectRenderers.InsertBefore<CodeBlockRenderer>(new RunnableCodeBlockRenderer());
        }
    }
}
