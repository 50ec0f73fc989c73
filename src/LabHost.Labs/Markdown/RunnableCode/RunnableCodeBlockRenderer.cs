using System.Net;
using LabHost.Labs.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LabHost.Labs.Markdown.RunnableCode;

/// <summary>
/// Writes <c>&lt;div class="lh-code"&gt;&lt;pre&gt;&lt;code class="language-bash"&gt;…&lt;/code&gt;&lt;/pre&gt;</c>
/// then <c>&lt;button type="button" class="lh-run" data-command="…"&gt;</c> and
/// <c>&lt;button type="button" class="lh-copy" data-command="…"&gt;</c>. No highlighting markup:
/// the page's script reads <c>data-command</c>, attribute-encoded.
/// </summary>
public sealed class RunnableCodeBlockRenderer : HtmlObjectRenderer<RunnableCodeBlock>, ILocalizedRenderer
{
    public LabLanguage Language { get; set; } = LabLanguage.En;

    protected override void Write(HtmlRenderer renderer, RunnableCodeBlock obj)
    {
        var language = obj.Info == "sh" ? "sh" : "bash";
        var command = WebUtility.HtmlEncode(obj.Command).Replace("\n", "&#10;", StringComparison.Ordinal);
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"lh-code\">");
        renderer.Write("<pre><code class=\"language-").Write(language).Write("\">");
        renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true);
        renderer.WriteLine("</code></pre>");
        renderer.Write("<button type=\"button\" class=\"lh-run\" data-command=\"").Write(command).Write("\">")
            .Write(Language == LabLanguage.Ko ? "실행" : "Run").WriteLine("</button>");
        renderer.Write("<button type=\"button\" class=\"lh-copy\" data-command=\"").Write(command).Write("\">")
            .Write(Language == LabLanguage.Ko ? "복사" : "Copy").WriteLine("</button>");
        renderer.WriteLine("</div>");
    }
}
