using LabHost.Labs.Markdown.LinkPolicy;
using LabHost.Labs.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown;

/// <summary>
/// The one markdown pipeline of LabHost, built once. <see cref="MarkdownPipeline"/> is safe for
/// concurrent use; an <see cref="HtmlRenderer"/> from <see cref="CreateRenderer"/> is not (one per render).
/// </summary>
public static class LabMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseRunnableCode()
        .UseFolds()
        .UseCallouts()
        .UseQuizzes()
        .UseLinkPolicy()
        .UseGenericAttributes() // last: it teaches the other block parsers to read {#id}
        .DisableHtml()
        .Build();

    /// <summary>
    /// Plain CommonMark with HTML on, used only to find raw HTML: with HTML disabled Markdig
    /// writes it as escaped text, which would reach the learner as visible tags.
    /// </summary>
    internal static MarkdownPipeline HtmlProbe { get; } = new MarkdownPipelineBuilder().Build();

    /// <summary>The base URL relative lab paths are served from: <c>/labs/{labId}/</c>.</summary>
    public static string DefaultAssetBaseUrl(string labId) => "/labs/" + Uri.EscapeDataString(labId) + "/";

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(string markdown, LabLanguage language, string assetBaseUrl)
    {
        var writer = new StringWriter();
        CreateRenderer(writer, language, assetBaseUrl).Render(Parse(markdown));
        return writer.ToString();
    }

    public static HtmlRenderer CreateRenderer(TextWriter writer, LabLanguage language, string assetBaseUrl)
    {
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var localized in renderer.ObjectRenderers.OfType<ILocalizedRenderer>())
        {
            localized.Language = language;
        }
        var baseUrl = assetBaseUrl.EndsWith('/') ? assetBaseUrl : assetBaseUrl + "/";
        renderer.LinkRewriter = url => UrlPolicy.Classify(url) == LinkVerdict.Relative ? baseUrl + StripDotSlash(url) : url;
        return renderer;
    }

    private static string StripDotSlash(string url)
    {
        while (url.StartsWith("./", StringComparison.Ordinal))
        {
            url = url[2..];
        }
        return url;
    }
}
