using LabHost.Labs.Markdown.Callouts;
using LabHost.Labs.Markdown.Folds;
using LabHost.Labs.Markdown.LinkPolicy;
using LabHost.Labs.Markdown.Quiz;
using LabHost.Labs.Markdown.RunnableCode;
using Markdig;

namespace LabHost.Labs.Markdown;

/// <summary>The <c>UseXxx()</c> registrations of LabHost's markdown extensions, as Markdig registers its own.</summary>
public static class LabPipelineExtensions
{
    public static MarkdownPipelineBuilder UseRunnableCode(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<RunnableCodeExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseFolds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FoldExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CalloutExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseQuizzes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<QuizExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseLinkPolicy(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LinkPolicyExtension>();
        return pipeline;
    }
}
