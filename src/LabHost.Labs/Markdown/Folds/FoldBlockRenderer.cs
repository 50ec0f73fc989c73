using LabHost.Labs.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LabHost.Labs.Markdown.Folds;

/// <summary>
/// Writes <c>&lt;details class="lh-hint"&gt;&lt;summary&gt;Hint&lt;/summary&gt;…&lt;/details&gt;</c>
/// (<c>lh-solution</c> for solutions), the summary in the page's language.
/// </summary>
public sealed class FoldBlockRenderer : HtmlObjectRenderer<FoldBlock>, ILocalizedRenderer
{
    public LabLanguage Language { get; set; } = LabLanguage.En;

    protected override void Write(HtmlRenderer renderer, FoldBlock obj)
    {
        var (cssClass, summary) = obj.Kind switch
        {
            FoldKind.Hint => ("lh-hint", Language == LabLanguage.Ko ? "힌트" : "Hint"),
            _ => ("lh-solution", Language == LabLanguage.Ko ? "풀이" : "Solution"),
        };
        renderer.EnsureLine();
        renderer.Write("<details class=\"").Write(cssClass).Write("\">");
        renderer.Write("<summary>").Write(summary).WriteLine("</summary>");
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.WriteLine("</details>");
    }
}
