using LabHost.Labs.Lint;
using LabHost.Labs.Model;

namespace LabHost.Labs.Markdown;

public class LabDocumentTests
{
    [Fact]
    public void Parse_LabPage_SplitsTitleIntroAndStepSections()
    {
        var document = LabDocument.Parse(LabFolder.Ko, LabLanguage.Ko, "demo-lab");

        Assert.Empty(document.Diagnostics);
        Assert.Equal("데모", document.Title);
        Assert.Equal([LabSectionKind.Reading, LabSectionKind.Step, LabSectionKind.Step], document.Sections.Select(s => s.Kind));
        Assert.Equal([null, "create-net", "pick-driver"], document.Sections.Select(s => s.Id));
        var step = document.Sections[1];
        Assert.Equal("네트워크 만들기", step.Title);
        Assert.Equal(5, step.Line);
        Assert.Equal(1, step.HintCount);
        Assert.Contains("<summary>힌트</summary>", step.Html);
        Assert.Contains("<img src=\"/labs/demo-lab/figures/a.svg\"", document.Sections[0].Html);
        var quiz = Assert.Single(document.Quizzes);
        Assert.Equal(("none-driver", "pick-driver"), (quiz.Id, quiz.StepId));
        Assert.Equal(["a", "c"], quiz.ChoiceKeys);
        Assert.Equal("figures/a.svg", Assert.Single(document.Links).Path);
    }

    [Theory]
    [InlineData("# 제목\n\n도커는 **브리지(bridge)**라는 네트워크를 만듭니다.\n", 3)]
    [InlineData("# 제목\n\n둘째 줄\n__밑줄(x)__이 있습니다.\n", 3)]
    public void Parse_EmphasisLeftAsText_WarnsAtItsParagraph(string markdown, int line)
    {
        var document = LabDocument.Parse(markdown, LabLanguage.Ko, "demo-lab");

        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticCodes.EmphasisNotClosed, DiagnosticSeverity.Warning, line), (warning.Code, warning.Severity, warning.Line));
    }

    [Theory]
    [InlineData("# 제목\n\n도커는 **브리지**(bridge)라는 네트워크를 만듭니다.\n", "<strong>브리지</strong>(bridge)")]
    [InlineData("# 제목\n\n**오버레이(overlay) 네트워크**입니다. `a**b` 와 ```**```\n", "<strong>오버레이(overlay) 네트워크</strong>")]
    public void Parse_EmphasisClosed_NoWarning(string markdown, string html)
    {
        var document = LabDocument.Parse(markdown, LabLanguage.Ko, "demo-lab");

        Assert.Empty(document.Diagnostics);
        Assert.Contains(html, document.Sections[0].Html);
    }

    [Fact]
    public void Parse_OtherAssetBaseUrl_ServesRelativePathsFromIt()
    {
        var document = LabDocument.Parse("# T\n\n![x](figures/a.svg)\n", LabLanguage.En, "demo", "https://cdn.example/labs/demo");

        Assert.Contains("src=\"https://cdn.example/labs/demo/figures/a.svg\"", document.Sections[0].Html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](java%0Ascript:alert(1))")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](figures/../../x)")]
    public void Parse_UnsafeLink_ReportsAndRendersNoHref(string markdown)
    {
        var document = LabDocument.Parse("# T\n\n" + markdown + "\n", LabLanguage.En, "demo");

        Assert.Contains(document.Diagnostics, d => d.Code is DiagnosticCodes.UnsafeLink or DiagnosticCodes.BrokenLink);
        Assert.DoesNotContain("href", document.Sections[0].Html);
        Assert.DoesNotContain("src=", document.Sections[0].Html);
    }
}
