using System.Net;
using LabHost.Web.Localization;

namespace LabHost.Web.Pages;

public sealed class PagesTests : IAsyncLifetime
{
    private readonly LabHostFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData("ko-KR,ko;q=0.9,en;q=0.8", "<html lang=\"ko\">", "실습 과정", "도커 네트워크의 원리와")]
    [InlineData("en-US,en;q=0.9", "<html lang=\"en\">", "Courses", "Learn how Docker networking works")]
    [InlineData("fr-FR", "<html lang=\"en\">", "Courses", "Learn how Docker networking works")]
    public async Task Get_Catalog_SpeaksTheBrowsersLanguage(string acceptLanguage, string html, string heading, string summary)
    {
        var page = await new LearnerClient(factory).GetPageAsync("/", acceptLanguage);

        Assert.Contains(html, page);
        Assert.Contains($"<h1>{heading}</h1>", page);
        Assert.Contains($"<p class=\"course-summary\">{summary}", page);
        Assert.Contains("/labs/docker-networking", page);
    }

    [Fact]
    public async Task PostLanguage_WithToken_IsRememberedOnEveryPage()
    {
        var learner = new LearnerClient(factory);
        var catalog = await learner.GetPageAsync("/", "ko");

        var response = await learner.PostFormAsync("/language", catalog, ("language", "en"), ("returnUrl", "/labs/docker-networking"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/labs/docker-networking", response.Headers.Location?.OriginalString);
        Assert.Contains("<h1>Courses</h1>", await learner.GetPageAsync("/", "ko"));
    }

    [Fact]
    public async Task PostLanguage_WithoutAntiforgeryToken_IsRefused()
    {
        var learner = new LearnerClient(factory);
        await learner.GetPageAsync("/");

        var response = await learner.PostFormAsync("/language", "no token here", ("language", "en"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostLanguage_ReturnUrlOfAnotherSite_GoesHomeInstead()
    {
        var learner = new LearnerClient(factory);
        var catalog = await learner.GetPageAsync("/");

        var response = await learner.PostFormAsync("/language", catalog, ("language", "ko"), ("returnUrl", "//evil.example/"));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PostDisplayName_IsShownBackHtmlEncoded()
    {
        var learner = new LearnerClient(factory);
        var catalog = await learner.GetPageAsync("/");

        await learner.PostFormAsync("/learner/name", catalog, ("displayName", "<script>민수</script>"), ("returnUrl", "/"));

        var page = await learner.GetPageAsync("/");
        Assert.Contains("value=\"&lt;script&gt;민수&lt;/script&gt;\"", page);
    }

    [Fact]
    public async Task Get_LabPage_RendersTheLabTextAndTheStepsInTheLanguage()
    {
        var page = await new LearnerClient(factory).GetPageAsync("/labs/docker-networking", "ko");

        Assert.Contains("도커 컨테이너 네트워킹", page);
        Assert.Contains("data-step=\"list-networks\"", page);
        Assert.Contains("data-workspace=\"sim-", page);
    }

    [Fact]
    public async Task Get_UnknownLab_Is404WithAPlainMessage()
    {
        var response = await factory.CreateClient().GetAsync("/labs/no-such-lab");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(UiText.English.BackToCatalog, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_LabFigure_IsServedButNotTheLabsOtherFiles()
    {
        var client = factory.CreateClient();
        var figure = Directory.GetFiles(Path.Combine(TestLabs.Lecture.Directory, "figures")).First();

        var image = await client.GetAsync("/labs/docker-networking/figures/" + Path.GetFileName(figure));
        var yaml = await client.GetAsync("/labs/docker-networking/lab.yaml");

        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, yaml.StatusCode);
    }

    [Fact]
    public async Task Get_AtCapacity_SaysSoPlainlyWithoutAStackTrace()
    {
        await using var full = new LabHostFactory();
        full.Settings["Workspaces:MaxWorkspaces"] = "1";
        await new LearnerClient(full).OpenLabAsync();

        var page = await new LearnerClient(full).GetPageAsync("/labs/docker-networking");

        Assert.Contains(UiText.English.AtCapacity, page);
        Assert.DoesNotContain("Exception", page);
        Assert.DoesNotContain(" at LabHost", page);
    }
}
