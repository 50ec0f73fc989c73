using LabHost.Labs.Model;

namespace LabHost.Labs.Markdown;

/// <summary>Runs every example of Specs/*.md through <see cref="LabMarkdown"/> for lab id <c>demo</c>.</summary>
public class LabMarkdownSpecTests
{
    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order())
        {
            foreach (var example in SpecReader.Read(file))
            {
                data.Add(example);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ToHtml_SpecExample_RendersExpectedHtml(SpecExample example)
    {
        var language = example.Language == "ko" ? LabLanguage.Ko : LabLanguage.En;
        var html = LabMarkdown.ToHtml(example.Markdown, language, LabMarkdown.DefaultAssetBaseUrl("demo"));
        Assert.Equal(example.Html, html.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Examples_SpecFiles_AreFound()
    {
        Assert.True(Examples().Count >= 40);
    }
}
