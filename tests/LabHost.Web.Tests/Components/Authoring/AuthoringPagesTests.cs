using System.Net;
using LabHost.Classes.Accounts;
using LabHost.Classes.Data;
using LabHost.Web.Authoring;

namespace LabHost.Web.Components.Authoring;

/// <summary>The authoring pages over HTTP, signed in as an instructor, on a content folder of their own.</summary>
public sealed class AuthoringPagesTests : IAsyncLifetime
{
    private const string Email = "author@school.example";
    private const string Password = "correct horse battery";
    private readonly TempLabs labs = new("bridge-dns");
    private readonly string outside = Directory.CreateTempSubdirectory("labhost-outside-").FullName;
    private readonly LabHostFactory factory = new();
    private LearnerClient instructor = null!;

    public async Task InitializeAsync()
    {
        labs.Copy("bridge-dns", "broken");
        labs.Edit("broken", "lab.yaml", "  - id: run-pair", "  - id: Run_Pair");
        File.WriteAllText(Path.Combine(outside, "lab.yaml"), "id: outside");
        Directory.CreateSymbolicLink(Path.Combine(labs.LabsDirectory, "escape"), outside);
        factory.Settings["LabHost:ContentDirectory"] = labs.Root;

        Assert.Empty(await InstructorAccounts.AddOrUpdateAsync(factory.Services.GetRequiredService<ClassesDatabase>(), Email, "Author", Password));
        instructor = new LearnerClient(factory);
        var signIn = await instructor.GetPageAsync("/instructor/sign-in");
        using var signedIn = await instructor.PostFormAsync("/instructor/sign-in", signIn, ("email", Email), ("password", Password));
        Assert.Equal("/instructor", signedIn.Headers.Location?.OriginalString);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        labs.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    [Fact]
    public async Task GetList_ShowsEachFolderWithItsLintStatusButNotTheEscapingLink()
    {
        var page = await instructor.GetPageAsync("/instructor/authoring");

        Assert.Matches("<tr data-folder=\"bridge-dns\">.*?<td class=\"lint-ok\">No findings</td>", Flat(page));
        Assert.Matches("<tr data-folder=\"broken\">.*?<td class=\"lint-errors\">[1-9][0-9]* error\\(s\\)", Flat(page));
        Assert.DoesNotContain("escape", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetList_Korean_SpeaksKorean()
    {
        var page = await instructor.GetPageAsync("/instructor/authoring", "ko");

        Assert.Contains("<h1>실습 작성</h1>", page, StringComparison.Ordinal);
        Assert.Matches("<tr data-folder=\"broken\">.*?오류 [1-9][0-9]*개", Flat(page));
    }

    [Fact]
    public async Task Publish_NewLabEditedLabBrokenLab_ServedAsTheySayWithoutARestart()
    {
        var student = new LearnerClient(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync("/labs/fresh-lab", "text/html")).StatusCode);
        labs.Copy("bridge-dns", "fresh");
        labs.Edit("fresh", "lab.yaml", "id: bridge-dns", "id: fresh-lab");
        labs.Edit("bridge-dns", "en.md", "# Name resolution", "# Name resolution, revised");
        labs.Copy("bridge-dns", "was-fine");
        labs.Edit("was-fine", "lab.yaml", "id: bridge-dns", "id: was-fine");
        await PublishAsync();
        Assert.Contains("revised", await student.GetPageAsync("/labs/bridge-dns"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await student.GetAsync("/labs/fresh-lab", "text/html")).StatusCode);

        // An edit that breaks a served lab does not take it away from students.
        labs.Edit("was-fine", "lab.yaml", "  - id: run-pair", "  - id: Run_Pair");
        var page = await PublishAsync();

        Assert.Equal(HttpStatusCode.OK, (await student.GetAsync("/labs/was-fine", "text/html")).StatusCode);
        Assert.Matches("data-kind=\"kept-old\">[^<]*was-fine", page);
        Assert.Matches("data-kind=\"not-served\">[^<]*broken", page);
        Assert.Matches("<tr data-folder=\"fresh\">.*?data-served=\"true\"", Flat(page));
        Assert.Matches("<tr data-folder=\"broken\">.*?data-served=\"false\"", Flat(page));
    }

    [Fact]
    public async Task Publish_DraftCopyWithTheSameId_IsNotServedAndDoesNotShadowTheOriginal()
    {
        labs.Copy("bridge-dns", "zz-draft");
        labs.Edit("zz-draft", "en.md", "# Name resolution", "# Draft that must not show");

        var page = await PublishAsync();

        Assert.Matches("<tr data-folder=\"zz-draft\">.*?data-served=\"false\"", Flat(page));
        Assert.Matches("data-kind=\"not-served\">[^<]*zz-draft", page);
        Assert.DoesNotContain("Draft that must not show", await new LearnerClient(factory).GetPageAsync("/labs/bridge-dns"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithoutAToken_IsRefusedAndChangesNothing()
    {
        labs.Copy("bridge-dns", "fresh");
        labs.Edit("fresh", "lab.yaml", "id: bridge-dns", "id: fresh-lab");

        // The signed-in instructor's cookies, but no antiforgery token (a cross-site form would look like this).
        using var response = await instructor.PostFormAsync("/instructor/authoring/publish", html: string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(factory.Services.GetRequiredService<Labs.LabLibrary>().Find("fresh-lab"));
    }

    private async Task<string> PublishAsync()
    {
        var list = await instructor.GetPageAsync("/instructor/authoring");
        using var published = await instructor.PostFormAsync("/instructor/authoring/publish", list);
        Assert.Equal("/instructor/authoring", published.Headers.Location?.OriginalString);
        return await instructor.GetPageAsync("/instructor/authoring");
    }

    [Fact]
    public async Task GetClasses_LinksToAuthoring() =>
        Assert.Contains("href=\"/instructor/authoring\"", await instructor.GetPageAsync("/instructor"), StringComparison.Ordinal);

    [Fact]
    public async Task GetFolder_PrerendersBothLanguages()
    {
        using var response = await instructor.GetAsync("/instructor/authoring/bridge-dns", "text/html");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Create a user-defined bridge", page, StringComparison.Ordinal);
        Assert.Contains("사용자 정의 브리지 만들기", page, StringComparison.Ordinal);
        // Prerendered, before the circuit: the buttons cannot act yet, so they say so.
        Assert.Matches("<button[^>]*data-testid=\"run-test\"[^>]*disabled", page);
        Assert.Matches("<button[^>]*data-testid=\"publish\"[^>]*disabled", page);
    }

    [Theory]
    [InlineData("/instructor/authoring/escape")]
    [InlineData("/instructor/authoring/missing")]
    [InlineData("/instructor/authoring/..%2Fcontent")]
    [InlineData("/instructor/authoring/%2E%2E%2Flabs")]
    [InlineData("/instructor/authoring/%2Fetc")]
    [InlineData("/instructor/authoring/bridge-dns%2F..")]
    [InlineData("/instructor/authoring/..%5Clabs")]
    public async Task GetFolder_NotADirectChildOfTheLabsDirectory_Is404(string path)
    {
        using var response = await instructor.GetAsync(path, "text/html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Flat(string html) => html.Replace("\n", " ", StringComparison.Ordinal);
}
