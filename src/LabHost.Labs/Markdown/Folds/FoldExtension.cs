using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace LabHost.Labs.Markdown.Folds;

/// <summary>Hints and solutions that fold: <c>:::hint</c> … <c>:::</c>.</summary>
public sealed class FoldExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<FoldBlockParser>())
        {
            pipeline.BlockParsers.InsertBefore<ThematicBreakParser>(new FoldBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FoldBlockRenderer>())
        {
            html.ObjectRenderers.Add(new FoldBlockRenderer());
        }
    }
}
