using Bunit;
using LabHost.Labs.Catalog;
using LabHost.Web.Authoring;
using LabHost.Web.Instructors;
using LabHost.Web.Labs;

namespace LabHost.Web.Components.Authoring;

public sealed class LabAuthoringTests : BunitContext
{
    private static readonly TimeSpan TestRunTimeout = TimeSpan.FromSeconds(60);
    private readonly TempLabs labs = new("bridge-dns");

    public LabAuthoringTests()
    {
        Services.AddSingleton(new LabLibrary([], new CourseCatalog([]), labs.LabsDirectory));
        Services.AddSingleton(TimeProvider.System);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        labs.Dispose();
    }

    [Fact]
    public void Render_BridgeDns_ShowsKoreanAndEnglishSideBySidePerStep()
    {
        var page = RenderFolder("bridge-dns");

        var row = page.Find("[data-step=create-app-net]");
        Assert.Contains("사용자 정의 브리지", row.QuerySelector("article[lang=ko] .is-step h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Create a user-defined bridge", row.QuerySelector("article[lang=en] .is-step h3")!.TextContent);
        Assert.Contains("network-exists name=app-net driver=bridge scope=local", row.QuerySelector(".authoring-checks")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("--driver", row.QuerySelector("article[lang=ko] .authoring-hints code")!.TextContent);
        Assert.StartsWith("Without --driver, Docker uses", row.QuerySelector("article[lang=en] .authoring-hints li")!.TextContent, StringComparison.Ordinal);
        // Each step once, in order, then the text after the last step in a row of its own.
        Assert.Equal(
            ["create-app-net", "run-pair", "resolve-by-name", "other-network", "default-bridge", "connect-outsider", null],
            page.FindAll(".authoring-row").Select(r => r.GetAttribute("data-step")));
        Assert.Contains("Summary", page.FindAll(".authoring-row")[^1].QuerySelector("article[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(InstructorText.English.NoFindings, page.Find("[data-testid=lint] .lint-ok").TextContent);
    }

    [Fact]
    public void Publish_LabWithoutErrors_IsServedToStudentsFromThen()
    {
        var page = RenderFolder("bridge-dns");
        Assert.Equal("false", page.Find("[data-testid=served]").GetAttribute("data-served"));

        page.Find("button[data-testid=publish]").Click();

        Assert.Equal("true", page.Find("[data-testid=served]").GetAttribute("data-served"));
        Assert.NotNull(Services.GetRequiredService<LabLibrary>().Find("bridge-dns"));
    }

    [Fact]
    public void Render_KoreanUi_SpeaksKorean()
    {
        var page = RenderFolder("bridge-dns", "ko");

        Assert.Equal(InstructorText.Korean.RunTest, page.Find("[data-testid=run-test]").TextContent);
        Assert.Contains(InstructorText.Korean.LintFindings, page.Find("[data-testid=lint] h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RawHtmlInAStep_ShowsTheFindingWithFileAndLineAtTheTopAndBesideTheStep()
    {
        labs.Edit("bridge-dns", "en.md", "First, the network.", "First, the <b>network</b>.");
        var line = labs.LineOf("bridge-dns", "en.md", "<b>network</b>");

        var page = RenderFolder("bridge-dns");

        var top = page.Find("[data-testid=lint] [data-code=LAB102]");
        Assert.Equal($"en.md:{line}", top.QuerySelector(".lint-where")!.TextContent);
        var beside = page.Find("[data-step=create-app-net] .step-lint [data-code=LAB102]");
        Assert.Equal($"en.md:{line}", beside.QuerySelector(".lint-where")!.TextContent);
        Assert.Empty(page.FindAll("[data-step=run-pair] .step-lint"));
        Assert.True(page.Find("[data-testid=run-test]").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_LabYamlThatDoesNotLoad_ShowsItsDiagnostics()
    {
        File.WriteAllText(Path.Combine(labs.LabsDirectory, "bridge-dns", "lab.yaml"), "id: [unclosed\n");

        var page = RenderFolder("bridge-dns");

        Assert.Equal(InstructorText.English.LoadFailed, page.Find(".authoring-load-failed").TextContent);
        Assert.Contains("LAB002", page.Find("[data-testid=lint]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=run-test]").HasAttribute("disabled"));
    }

    [Fact]
    public void FileSaved_RerendersThePreview()
    {
        var page = RenderFolder("bridge-dns");
        Assert.DoesNotContain("Make the bridge", page.Markup, StringComparison.Ordinal);

        labs.Edit("bridge-dns", "en.md", "## Create a user-defined bridge {#create-app-net}", "## Make the bridge {#create-app-net}");

        page.WaitForAssertion(
            () => Assert.Equal("Make the bridge", page.Find("[data-step=create-app-net] article[lang=en] .is-step h3").TextContent),
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void FileSaved_WithALintError_ShowsTheNewFinding()
    {
        var page = RenderFolder("bridge-dns");
        Assert.Empty(page.FindAll("[data-code=LAB201]"));

        labs.Edit("bridge-dns", "ko.md", "{#run-pair}", "{#run-pear}");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=lint] [data-code=LAB201]")), TimeSpan.FromSeconds(10));
        Assert.Equal(InstructorText.English.MissingSection, page.Find("[data-step=run-pair] article[lang=ko] .authoring-missing").TextContent);
        Assert.Empty(page.FindAll("[data-step=run-pair] article[lang=en] .authoring-missing"));
        Assert.Equal(InstructorText.English.NotInLabYaml, page.Find("[data-step=run-pear] .authoring-missing").TextContent);
    }

    [Fact]
    public void RunTest_BridgeDns_EveryStepPasses()
    {
        var page = RenderFolder("bridge-dns");

        page.Find("[data-testid=run-test]").Click();

        // The handler redraws at its first await, long before six steps are typed.
        Assert.Matches("^Testing… [0-5] of 6 steps done$", page.Find("[data-testid=test-progress]").TextContent.Trim());
        page.WaitForAssertion(() => Assert.Equal(InstructorText.English.TestPassed, page.Find("[data-testid=test-summary].test-pass").TextContent), TestRunTimeout);
        var results = page.FindAll(".authoring-row [data-testid=step-test]");
        Assert.Equal(6, results.Count);
        Assert.All(results, r => Assert.Contains("test-pass", r.ClassList));
        Assert.Empty(page.FindAll("[data-testid=empty-machine]"));
    }

    [Fact]
    public void RunTest_BrokenSolution_ShowsTheFailingStepAndWhy()
    {
        labs.Edit("bridge-dns", "lab.yaml", "      - docker network create app-net", "      - docker network create wrong-net");
        var page = RenderFolder("bridge-dns");

        page.Find("[data-testid=run-test]").Click();

        page.WaitForAssertion(() => Assert.Equal(InstructorText.English.TestFailed, page.Find("[data-testid=test-summary].test-fail").TextContent), TestRunTimeout);
        var failed = page.Find("[data-step=create-app-net] [data-testid=step-test]");
        Assert.Contains("test-fail", failed.ClassList);
        Assert.Contains("the network-exists check still fails", failed.TextContent, StringComparison.Ordinal);
        Assert.Contains("docker network create wrong-net", failed.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RunTest_CheckPassingOnAnEmptyMachine_IsListed()
    {
        labs.Edit("bridge-dns", "lab.yaml", "        name: app-net\n        driver: bridge\n", "        name: bridge\n        driver: bridge\n");
        var page = RenderFolder("bridge-dns");

        page.Find("[data-testid=run-test]").Click();

        page.WaitForAssertion(() => Assert.Contains("passes on an empty machine", page.Find("[data-testid=empty-machine]").TextContent, StringComparison.Ordinal), TestRunTimeout);
        Assert.Contains("test-fail", page.Find("[data-testid=test-summary]").ClassList);
    }

    [Fact]
    public void Render_FolderOutsideTheLabsDirectory_ShowsNothing()
    {
        var page = RenderFolder("..");

        Assert.Empty(page.FindAll(".authoring-row"));
        Assert.Empty(page.FindAll("[data-testid=run-test]"));
    }

    private IRenderedComponent<LabAuthoring> RenderFolder(string folder, string language = "en") =>
        Render<LabAuthoring>(p => p.Add(c => c.LabFolder, folder).Add(c => c.LanguageCode, language));
}
