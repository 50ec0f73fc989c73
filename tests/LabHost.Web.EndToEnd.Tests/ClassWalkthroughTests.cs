using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static LabHost.Web.EndToEnd.LabPage;
using static Microsoft.Playwright.Assertions;

namespace LabHost.Web.EndToEnd;

/// <summary>
/// An instructor runs a class through the lecture lab, on the embedded defaults, with nothing but
/// `labhost instructor add` and the web app: sign in, create a class, assign the lab with a due
/// date; a student joins in another browser context and completes two steps while the open
/// gradebook follows live; the exported CSV holds the student's row.
/// </summary>
public sealed class ClassWalkthroughTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Email = "kim.prof@school.ac.kr";
    private const string Password = "도커 네트워크 passphrase";
    private const string StudentNumber = "2026001";
    private const string StudentName = "김민수";
    private const string Lab = "docker-networking";
    private readonly EndToEndRun run = new(output, "labhost-e2e-class-");
    private readonly DateTime due = DateTime.UtcNow.Date.AddDays(7).AddHours(15);

    public async Task InitializeAsync()
    {
        if (!EndToEndRun.HasChromium)
        {
            return; // skipped, or failing in CI by the assertion in the test
        }
        // The account first, with the real command line on the data folder the server will use.
        var (status, stdout, stderr) = await LabHostCli.RunAsync(run.DataDirectory, Password + "\n", "instructor", "add", Email, "--name", "김교수", "--password-stdin");
        Assert.True(status == 0, $"labhost instructor add exited {status}: {stderr}");
        Assert.Equal($"instructor {Email} can sign in at /instructor/sign-in", stdout.Trim());
        await run.StartBrowserAsync();
        await run.StartServerAsync();
    }

    public async Task DisposeAsync() => await run.DisposeAsync();

    [ChromiumFact]
    public async Task Class_StudentCompletesTwoSteps_GradebookFollowsLiveAndCsvHoldsTheRow()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ChromiumPath), $"CI=true and {ChromiumFactAttribute.ChromiumPath} is missing: .ci/run must install chromium");
        var instructor = await run.NewPageAsync("ko-KR");
        var student = await run.NewPageAsync("ko-KR");

        // Sign in with the account the CLI made.
        await instructor.GotoAsync(new Uri(run.Server.Address, "instructor/sign-in").ToString());
        await instructor.Locator("#email").FillAsync(Email);
        await instructor.Locator("#password").FillAsync(Password);
        await instructor.GetByRole(AriaRole.Button, new() { Name = "강사 로그인" }).ClickAsync();
        await Expect(instructor.Locator("h1")).ToHaveTextAsync("내 수업");

        // A class, then into it.
        await Expect(instructor.Locator("form[data-interactive]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await instructor.Locator("#class-name").FillAsync("도커 네트워킹 1분반");
        await instructor.GetByTestId("create-class").ClickAsync();
        await Expect(instructor.GetByRole(AriaRole.Link, new() { Name = "도커 네트워킹 1분반" })).ToBeVisibleAsync();
        await instructor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.TestResults, "classes.png"), FullPage = true });
        await instructor.GetByRole(AriaRole.Link, new() { Name = "도커 네트워킹 1분반" }).ClickAsync();
        await Expect(instructor.Locator("h1")).ToHaveTextAsync("도커 네트워킹 1분반");

        // The lecture lab as an exercise, due in a week (the form's time is UTC).
        await Expect(instructor.Locator("form[data-interactive]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await instructor.Locator("#lab").SelectOptionAsync(Lab);
        await instructor.Locator("#due").FillAsync(due.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await instructor.GetByTestId("add-exercise").ClickAsync();
        await Expect(instructor.Locator($"li[data-exercise='{Lab}']")).ToContainTextAsync(due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        var code = (await instructor.GetByTestId("join-code").TextContentAsync())!.Trim();
        Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", code);
        await Expect(instructor.GetByTestId("gradebook").Locator("tbody tr")).ToHaveCountAsync(0);
        // Marks this document: if the page were reloaded to show progress, the mark would be gone.
        await instructor.EvaluateAsync("() => window.labhostGradebookNotReloaded = true");

        // The student, in a browser context of their own, joins by the link the class page shows: the code is filled in.
        var joinLink = (await instructor.GetByTestId("join-link").GetAttributeAsync("href"))!;
        Assert.Equal(new Uri(run.Server.Address, "join?code=" + code), new Uri(joinLink));
        await student.GotoAsync(joinLink);
        await Expect(student.Locator("#code")).ToHaveValueAsync(code);
        await student.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.TestResults, "join.png"), FullPage = true });
        await student.Locator("#name").FillAsync(StudentName);
        await student.Locator("#student-number").FillAsync(StudentNumber);
        await student.GetByRole(AriaRole.Button, new() { Name = "참여", Exact = true }).ClickAsync();
        await Expect(student.GetByTestId("joined")).ToContainTextAsync("도커 네트워킹 1분반");

        await student.GotoAsync(new Uri(run.Server.Address, "labs/" + Lab).ToString());
        await WaitForPromptAsync(student, ":~# ");
        var row = instructor.Locator($"tr[data-learner='{StudentNumber}'][data-exercise='{Lab}']");

        // Step one: a command and two quizzes. The gradebook shows it without a reload.
        await student.Locator("li[data-step='list-networks'] button").ClickAsync();
        await TypeAsync(student, "docker network ls");
        await Expect(TerminalRows(student)).ToContainTextAsync("NETWORK ID");
        await student.Locator("label[for='lh-quiz-none-driver-c']").ClickAsync();
        await student.Locator("label[for='lh-quiz-default-scope-a']").ClickAsync();
        await StepDoneAsync(student, "list-networks");
        await Expect(row.Locator("button[data-step='list-networks']")).ToHaveAttributeAsync("data-status", "Done", new() { Timeout = 15_000 });
        await Expect(row.Locator("button[data-step='create-user-network']")).ToHaveAttributeAsync("data-status", "Current");
        await Expect(row).ToContainTextAsync(StudentName);
        await Expect(row.GetByTestId("done")).ToHaveTextAsync("1 / 11");

        // Step two: the long create command, typed key by key.
        await TypeAsync(student, "docker network create --driver bridge --label project=dockerinaction --label chapter=5 --attachable --scope local --subnet 10.0.42.0/24 --ip-range 10.0.42.128/25 user-network");
        await StepDoneAsync(student, "create-user-network");
        await Expect(row.Locator("button[data-step='create-user-network']")).ToHaveAttributeAsync("data-status", "Done", new() { Timeout = 15_000 });
        await Expect(row.GetByTestId("done")).ToHaveTextAsync("2 / 11");
        await Expect(row.GetByTestId("score")).ToHaveTextAsync("20 / 110");
        Assert.True(await instructor.EvaluateAsync<bool>("() => window.labhostGradebookNotReloaded === true"), "the gradebook updated in place, not by a reload");
        await instructor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.TestResults, "gradebook.png"), FullPage = true });

        // Export CSV, as the instructor's browser downloads it.
        var download = await instructor.RunAndWaitForDownloadAsync(() => instructor.GetByTestId("export-csv").ClickAsync());
        Assert.Equal($"grades-{code}.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("student_id,name,exercise,due_date,completed_at,raw_score,penalties,score,max_score", lines[0]);
        Assert.Equal($"{StudentNumber},{StudentName},{Lab},{due:yyyy-MM-dd'T'HH:mm:ss'Z'},,20,0,20,110", lines[1]);
        Assert.Equal("", Assert.Single(lines[2..])); // one row, CRLF-terminated

        // A step cell opens what the student did on that step, in words; the row is stuck after 0 minutes.
        await row.Locator("button[data-step='create-user-network']").ClickAsync();
        await Expect(instructor.GetByTestId("drill")).ToContainTextAsync("$ docker network create");
        await instructor.GetByTestId("stuck-minutes").FillAsync("0");
        await instructor.GetByTestId("stuck-minutes").PressAsync("Tab"); // @bind follows the change event
        await Expect(row).ToHaveClassAsync("stuck");
        await instructor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.TestResults, "gradebook-drill.png"), FullPage = true });

        // A phone-sized screen: the page does not scroll sideways, the gradebook scrolls in its box.
        await instructor.SetViewportSizeAsync(390, 844);
        Assert.True(await instructor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the class page fits a narrow screen");
        Assert.True(await instructor.EvaluateAsync<bool>("() => { const box = document.querySelector('.table-scroll'); return box.scrollWidth > box.clientWidth; }"), "the gradebook scrolls inside its box");
        await instructor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.TestResults, "gradebook-narrow.png"), FullPage = true });

        Assert.Empty(run.BrowserErrors);
    }
}
