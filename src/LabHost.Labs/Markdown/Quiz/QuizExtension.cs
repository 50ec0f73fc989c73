using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace LabHost.Labs.Markdown.Quiz;

/// <summary>Quizzes: <c>:::quiz{#id}</c> with <c>- [a] text</c> choices.</summary>
public sealed class QuizExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<QuizBlockParser>())
        {
            pipeline.BlockParsers.InsertBefore<ThematicBreakParser>(new QuizBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QuizBlockRenderer>())
        {
            html.ObjectRenderers.Add(new QuizBlockRenderer());
        }
    }
}
