using Microsoft.Playwright;
using Xunit.Abstractions;
using static LabHost.Web.EndToEnd.LabPage;
using static Microsoft.Playwright.Assertions;

namespace LabHost.Web.EndToEnd;

/// <summary>
/// The path a student walks, in Debian's Chromium against LabHost.Web on Kestrel: the lecture
/// lab in Korean, its commands typed key by key, each step turning done by itself; then English,
/// a reload and a server restart, with progress and the workspace still there.
/// </summary>
public sealed class LabWalkthroughTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly EndToEndRun run = new(output, "labhost-e2e-");

    public async Task InitializeAsync()
    {
        if (!EndToEndRun.HasChromium)
        {
            return; // skipped, or failing in CI by the assertion in the test
        }
        await run.StartBrowserAsync();
        await run.StartServerAsync();
    }

    public async Task DisposeAsync() => await run.DisposeAsync();

    [ChromiumFact]
    public async Task LectureLab_TypedKeyByKey_CompletesEveryStepAndSurvivesReloadAndRestart()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ChromiumPath), $"CI=true and {ChromiumFactAttribute.ChromiumPath} is missing: .ci/run must install chromium");
        var page = await run.NewPageAsync("ko-KR");

        // The catalog, in Korean from Accept-Language.
        await page.GotoAsync(run.Server.Address.ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("실습 과정");
        await page.GetByRole(AriaRole.Link, new() { Name = "도커 컨테이너 네트워킹" }).ClickAsync();
        await Expect(page.Locator(".lab-header h1")).ToHaveTextAsync("도커 컨테이너 네트워킹");
        await WaitForPromptAsync(page, ":~# ");

        // list-networks: a command and two quizzes.
        await page.Locator("li[data-step='list-networks'] button").ClickAsync();
        await TypeAsync(page, "docker network ls");
        await Expect(TerminalRows(page)).ToContainTextAsync("NETWORK ID");
        await page.Locator("label[for='lh-quiz-none-driver-c']").ClickAsync();
        await page.Locator("label[for='lh-quiz-default-scope-a']").ClickAsync();
        await StepDoneAsync(page, "list-networks");

        // The page follows to the next step; its Check button explains, in Korean, what is missing.
        await Expect(page.Locator("li[data-step='create-user-network']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("step-selected"));
        await page.GetByTestId("check").ClickAsync();
        await Expect(page.GetByTestId("check-status")).ToContainTextAsync("아직 완료되지 않았습니다.");
        await Expect(page.Locator(".check-results .check-fail").First).ToContainTextAsync("user-network");
        await page.GetByRole(AriaRole.Button, new() { Name = "힌트 보기" }).ClickAsync();
        await Expect(page.Locator(".hints li code").First).ToHaveTextAsync("docker network create --help");

        await TypeAsync(page, "docker network create --driver bridge --label project=dockerinaction --label chapter=5 --attachable --scope local --subnet 10.0.42.0/24 --ip-range 10.0.42.128/25 user-network");
        await StepDoneAsync(page, "create-user-network");

        await TypeAsync(page, "docker run -it --network user-network --name network-explorer alpine:latest sh");
        await StepDoneAsync(page, "run-explorer");

        await TypeAsync(page, "ip -f inet -4 -o addr");
        await StepDoneAsync(page, "inspect-eth0");
        await Expect(TerminalRows(page)).ToContainTextAsync("10.0.42.129");
        await Expect(page.Locator("[data-interface='network-explorer/eth0']")).ToContainTextAsync("10.0.42.129/24");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.TestResults, "lab-page.png"), FullPage = true });

        await page.Locator(".terminal-host .xterm").ClickAsync();
        await page.Keyboard.PressAsync("Control+P");
        await page.Keyboard.PressAsync("Control+Q");
        // Real docker says nothing when `docker run -it` is left: the host prompt follows "/ # ".
        await WaitForPromptAsync(page, "/ # root@labhost:~#");
        await TypeAsync(page, "docker ps");
        await StepDoneAsync(page, "detach");

        await TypeAsync(page, "docker network create --driver bridge --label project=dockerinaction --label chapter=5 --attachable --scope local --subnet 10.0.43.0/24 --ip-range 10.0.43.128/25 user-network2");
        await StepDoneAsync(page, "create-user-network2");

        await TypeAsync(page, "docker network connect user-network2 network-explorer");
        await StepDoneAsync(page, "connect");
        await Expect(page.Locator("[data-interface='network-explorer/eth1']")).ToContainTextAsync("10.0.43.129/24");

        await TypeAsync(page, "docker attach network-explorer");
        await TypeAsync(page, "ip -f inet -4 -o addr");
        await Expect(TerminalRows(page)).ToContainTextAsync("10.0.43.129");
        // `docker attach` is recorded when it ends: at the detach.
        await page.Locator(".terminal-host .xterm").ClickAsync();
        await page.Keyboard.PressAsync("Control+P");
        await page.Keyboard.PressAsync("Control+Q");
        await StepDoneAsync(page, "attach-eth1");

        // macvlan by the Run button in the step's text.
        await Expect(page.Locator("#section-title")).ToContainTextAsync("macvlan");
        await page.Locator(".lab-section-body button.lh-run").First.ClickAsync();
        await StepDoneAsync(page, "macvlan");

        await TypeAsync(page, "docker network create -d ipvlan --subnet 192.168.110.0/24 -o parent=eth0.10 -o ipvlan_mode=l2 ipvlan-net");
        await StepDoneAsync(page, "ipvlan");
        await TypeAsync(page, "docker swarm init");
        await TypeAsync(page, "docker network create -d overlay --attachable overlay-net");
        await StepDoneAsync(page, "overlay");
        await Expect(page.GetByTestId("lab-summary")).ToContainTextAsync("11 / 11");

        // English, by the switch on the page: progress and the terminal's screen come back.
        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.Locator(".lab-header h1")).ToHaveTextAsync("Docker container networking");
        await ExpectRestoredAsync(page);
        await ExpectScreenReplayedAsync(page);

        await page.ReloadAsync();
        await Expect(page.Locator(".lab-header h1")).ToHaveTextAsync("Docker container networking");
        await ExpectRestoredAsync(page);
        await ExpectScreenReplayedAsync(page);

        // A phone-sized screen: one column, the text above the terminal.
        await page.SetViewportSizeAsync(390, 844);
        var text = await page.Locator(".lab-text").BoundingBoxAsync();
        var machine = await page.Locator(".lab-machine").BoundingBoxAsync();
        Assert.True(machine!.Y >= text!.Y + text.Height, $"terminal at y={machine.Y} should be below the text ending at {text.Y + text.Height}");
        Assert.True(machine.Width <= 390, "the terminal fits the narrow screen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.TestResults, "lab-page-narrow.png"), FullPage = true });
        await page.SetViewportSizeAsync(1440, 960);

        // Nothing failed in the page so far, the CSP included.
        Assert.Empty(run.BrowserErrors);

        // A server restart: a new process on the same data folder (SQLite file and cookie keys).
        // The open page loses its circuit and says so in the console; that is expected.
        await run.StartServerAsync();
        await page.GotoAsync(new Uri(run.Server.Address, "labs/docker-networking").ToString());
        await Expect(page.Locator(".lab-header h1")).ToHaveTextAsync("Docker container networking");
        await ExpectRestoredAsync(page);
        await ExpectScreenReplayedAsync(page);
        // The replayed screen holds "user-network2" already: the restored machine must print a line of its own.
        await TypeAsync(page, "docker network ls --filter name=user-network2 --format 'restored:{{.Name}}'");
        await Expect(TerminalRows(page)).ToContainTextAsync("restored:user-network2");
        Assert.DoesNotContain(run.BrowserErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task LabPage_KeyboardOnly_ReachesEverythingAndLeavesTheTerminalWithF6()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ChromiumPath), $"CI=true and {ChromiumFactAttribute.ChromiumPath} is missing");
        var page = await run.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        await page.GotoAsync(new Uri(run.Server.Address, "labs/docker-networking").ToString());
        await WaitForPromptAsync(page, ":~# ");

        // Focus starts at the page's heading (FocusOnNavigate); the skip link is just before the header's switch.
        for (var i = 0; i < 5 && await page.EvaluateAsync<string>("document.activeElement.className") != "skip-link"; i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
        }
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");

        // Tab on until the terminal has focus, type a command there, then F6 leaves it.
        for (var i = 0; i < 80 && !await page.EvaluateAsync<bool>("!!document.activeElement.closest('.terminal-host')"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await page.EvaluateAsync<bool>("!!document.activeElement.closest('.terminal-host')"), "Tab reaches the terminal");
        await page.Keyboard.TypeAsync("docker network ls");
        await page.Keyboard.PressAsync("Enter");
        await Expect(TerminalRows(page)).ToContainTextAsync("NETWORK ID");
        await page.Keyboard.PressAsync("F6");
        Assert.False(await page.EvaluateAsync<bool>("!!document.activeElement.closest('.terminal-host')"), "F6 leaves the terminal");
        Assert.Equal("Reset lab machine", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));

        // Landmarks a screen reader lists.
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Steps" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Lab machine" })).ToBeVisibleAsync();
    }

    private static async Task ExpectRestoredAsync(IPage page)
    {
        await Expect(page.GetByTestId("lab-summary")).ToContainTextAsync("11 / 11");
        await Expect(page.Locator("li[data-step='attach-eth1']")).ToHaveAttributeAsync("data-state", "done");
        await Expect(page.Locator("[data-interface='network-explorer/eth1']")).ToContainTextAsync("10.0.43.129/24", new() { Timeout = 15_000 });
        await WaitForPromptAsync(page, ":~# ");
    }

    /// <summary>A reconnecting terminal paints the screen so far, after a server restart too (the screen is saved with the workspace).</summary>
    private static async Task ExpectScreenReplayedAsync(IPage page) =>
        await Expect(TerminalRows(page)).ToContainTextAsync("10.0.43.129", new() { Timeout = 15_000 });
}
