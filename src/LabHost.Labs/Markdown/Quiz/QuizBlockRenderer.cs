using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Quiz;

/// <summary>
/// Writes a quiz as a fieldset of radio buttons:
/// <c>&lt;fieldset class="lh-quiz" data-quiz="ID"&gt;</c>, the question in
/// <c>&lt;div class="lh-quiz-question"&gt;</c>, then per choice
/// <c>&lt;div class="lh-quiz-choice"&gt;&lt;input type="radio" id="lh-quiz-ID-KEY" name="lh-quiz-ID" value="KEY"&gt;&lt;label for="lh-quiz-ID-KEY"&gt;…</c>.
/// </summary>
public sealed class QuizBlockRenderer : HtmlObjectRenderer<QuizBlock>
{
    protected override void Write(HtmlRenderer renderer, QuizBlock obj)
    {
        var id = obj.HtmlId;
        var name = "lh-quiz-" + id;
        renderer.EnsureLine();
        renderer.Write("<fieldset class=\"lh-quiz\" data-quiz=\"").Write(WebUtility.HtmlEncode(id)).WriteLine("\">");
        var question = true;
        foreach (var child in obj)
        {
            if (child is ListBlock list && list.OfType<ListItemBlock>().Any(item => obj.Choices.Any(c => c.Item == item)))
            {
                question = false;
                WriteChoices(renderer, obj, list, name);
                continue;
            }
            if (question)
            {
                renderer.WriteLine("<div class=\"lh-quiz-question\">");
                question = false;
                renderer.Write(child);
                renderer.EnsureLine();
                renderer.WriteLine("</div>");
                continue;
            }
            renderer.Write(child);
        }
        renderer.EnsureLine();
        renderer.WriteLine("</fieldset>");
    }

    private static void WriteChoices(HtmlRenderer renderer, QuizBlock quiz, ListBlock list, string name)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var choice = quiz.Choices.FirstOrDefault(c => c.Item == item);
            if (choice is null)
            {
                continue;
            }
            var inputId = WebUtility.HtmlEncode(name + "-" + choice.Key);
            renderer.Write("<div class=\"lh-quiz-choice\"><input type=\"radio\" id=\"").Write(inputId)
                .Write("\" name=\"").Write(WebUtility.HtmlEncode(name))
                .Write("\" value=\"").Write(WebUtility.HtmlEncode(choice.Key))
                .Write("\" /><label for=\"").Write(inputId).Write("\">");
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = true;
            renderer.WriteChildren(item);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.WriteLine("</label></div>");
        }
    }
}
