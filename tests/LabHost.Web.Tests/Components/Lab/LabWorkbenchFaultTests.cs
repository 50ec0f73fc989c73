using System.Security.Claims;
using Bunit;
using LabHost.Web.Labs;
using LabHost.Web.Learners;
using LabHost.Web.Localization;
using LabHost.Web.Progress;
using LabHost.Web.Sessions;
using LabHost.Workspaces;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Components.Lab;

/// <summary>
/// The lab page when the learner's machine is gone or about to go, on the web app's own services
/// with <see cref="FaultyWorkspace"/>s: the provider's words in the learner's language in an alert,
/// a Reset that works, the expiry banner and Extend; never an exception out of a handler.
/// </summary>
public sealed class LabWorkbenchFaultTests : IAsyncLifetime
{
    private readonly FaultyWorkspaceProvider provider = new();
    private readonly LabHostFactory host = new();
    private readonly BunitContext page = new();
    private WebApplicationFactory<Program> web = null!;

    public Task InitializeAsync()
    {
        web = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IWorkspaceProvider>(provider)));
        page.Services.AddFallbackServiceProvider(web.Services);
        page.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await page.DisposeAsync();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Check_MachineGone_ShowsTheMessageInTheLearnersLanguageAndResetBringsItBack(string language)
    {
        var (workbench, workspace) = Open(language);
        workspace.Kill();
        await ShowFirstStepAsync(workbench);

        await workbench.Find("[data-testid=check]").ClickAsync(new());

        var alert = workbench.WaitForElement("[role=alert][data-testid=workspace-unavailable]");
        Assert.Contains(FaultyWorkspace.Stopped.For(language), alert.TextContent);
        Assert.False(workbench.Find("[data-testid=check]").HasAttribute("disabled"));

        await workbench.Find("[data-testid=reset-unavailable]").ClickAsync(new());

        Assert.Empty(workbench.FindAll("[data-testid=workspace-unavailable]"));
        Assert.NotNull((await workspace.GetSnapshotAsync()).Network("bridge"));
        Assert.Contains(page.JSInterop.Invocations, i => i.Identifier == "reconnect");
    }

    [Fact]
    public async Task Command_MachineGoneDuringTheLiveCheck_ShowsTheAlertThroughChanged()
    {
        var (workbench, workspace) = Open("ko");
        workspace.Kill();

        await Registry.Find(workspace.Id)!.InputSentAsync("\r"u8.ToArray());

        workbench.WaitForAssertion(() => Assert.Contains(FaultyWorkspace.Stopped.Korean, workbench.Find("[data-testid=workspace-unavailable]").TextContent));
    }

    [Fact]
    public async Task Reset_NoMachineCanStart_ShowsWhyAndResetStaysAvailable()
    {
        var (workbench, workspace) = Open("en");
        workspace.Kill();
        workspace.ResetFailure = new WorkspaceUnavailableException("The lab server cannot start a machine right now.", "지금은 머신을 시작할 수 없습니다.");
        await ShowFirstStepAsync(workbench);
        await workbench.Find("[data-testid=check]").ClickAsync(new());

        await workbench.Find("[data-testid=reset-unavailable]").ClickAsync(new());

        Assert.Contains("cannot start a machine", workbench.Find("[data-testid=workspace-unavailable]").TextContent);
        Assert.False(workbench.Find("[data-testid=reset-unavailable]").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("ko", "입력이 없으면 실습 머신이 5분 뒤에 닫힙니다.", "시간 연장")]
    [InlineData("en", "Your lab machine closes in 5 min without input.", "Extend")]
    public async Task ExpiryWarning_ShowsTheTimeLeftAndExtendHidesIt(string language, string banner, string extend)
    {
        var (workbench, workspace) = Open(language);

        workspace.Warn(TimeSpan.FromMinutes(5));

        var warning = workbench.WaitForElement("[data-testid=expiry-warning]");
        Assert.Equal(banner, warning.QuerySelector("p")!.TextContent);
        var button = workbench.Find("[data-testid=extend]");
        Assert.Equal(extend, button.TextContent);
        await button.ClickAsync(new());
        Assert.Empty(workbench.FindAll("[data-testid=expiry-warning]"));
        Assert.Equal(1, workspace.Extensions);
    }

    [Fact]
    public async Task Expired_ShowsTheAlertWithResetInsteadOfTheBanner()
    {
        var (workbench, workspace) = Open("ko");
        workspace.Warn(TimeSpan.FromMinutes(1));
        workbench.WaitForElement("[data-testid=expiry-warning]");

        workspace.Expire();

        workbench.WaitForAssertion(() => Assert.Contains(FaultyWorkspace.TimedOut.Korean, workbench.Find("[data-testid=workspace-unavailable]").TextContent));
        Assert.Empty(workbench.FindAll("[data-testid=expiry-warning]"));
        await workbench.Find("[data-testid=reset-unavailable]").ClickAsync(new());
        Assert.Empty(workbench.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task Dispose_WhileTheWorkspaceStarts_LeavesItUnwatched()
    {
        provider.CreateHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var learner = SignIn();
        page.Render<LabWorkbench>(p => p.Add(c => c.LabId, "docker-networking").Add(c => c.LanguageCode, "en"));

        await page.DisposeComponentsAsync();
        provider.CreateHeld.SetResult();
        var live = await Registry.OpenAsync(learner, web.Services.GetRequiredService<LabLibrary>().Find("docker-networking")!);
        // The page's own continuation was queued on the renderer first: let it run.
        await page.Renderer.Dispatcher.InvokeAsync(() => { });

        Assert.Equal(0, live.Watchers);
    }

    [Fact]
    public async Task ResetInAnotherTab_PageOpenedOnAGoneMachine_ReconnectsTheTerminal()
    {
        var live = await Registry.OpenAsync(SignIn(), web.Services.GetRequiredService<LabLibrary>().Find("docker-networking")!);
        provider[live.Id].Kill();
        await Assert.ThrowsAsync<WorkspaceUnavailableException>(() => live.CheckAsync());
        var workbench = page.Render<LabWorkbench>(p => p.Add(c => c.LabId, "docker-networking").Add(c => c.LanguageCode, "en"));
        workbench.WaitForElement("[data-testid=workspace-unavailable]");

        await live.ResetAsync();

        workbench.WaitForAssertion(() => Assert.Contains(page.JSInterop.Invocations, i => i.Identifier == "reconnect"));
    }

    [Fact]
    public async Task Reset_SavingFails_NewMachineShownWithAGenericErrorAndTheTerminalReconnects()
    {
        var (workbench, workspace) = Open("en");
        workspace.Kill();
        await ShowFirstStepAsync(workbench);
        await workbench.Find("[data-testid=check]").ClickAsync(new());
        await using (var db = web.Services.GetRequiredService<ProgressDatabase>().Create())
        {
            // Saving the reset's event fails: a table name from the model, not input.
            var dropEvents = "DROP TABLE \"" + db.Model.FindEntityType(typeof(LearnerEvent))!.GetTableName() + "\"";
            await db.Database.ExecuteSqlRawAsync(dropEvents);
        }

        await workbench.Find("[data-testid=reset-unavailable]").ClickAsync(new());

        Assert.Equal(UiText.English.ErrorText, workbench.Find("[data-testid=reset-failed]").TextContent);
        Assert.Empty(workbench.FindAll("[data-testid=workspace-unavailable]"));
        Assert.Null(Registry.Find(workspace.Id)!.Unavailable);
        Assert.Contains(page.JSInterop.Invocations, i => i.Identifier == "reconnect");
    }

    private WorkspaceRegistry Registry => web.Services.GetRequiredService<WorkspaceRegistry>();

    private (IRenderedComponent<LabWorkbench> Workbench, FaultyWorkspace Workspace) Open(string language)
    {
        SignIn();
        var workbench = page.Render<LabWorkbench>(p => p.Add(c => c.LabId, "docker-networking").Add(c => c.LanguageCode, language));
        var id = workbench.WaitForElement("[data-testid=lab]").GetAttribute("data-workspace")!;
        // The page's first look (a check) settles before the test breaks anything.
        workbench.WaitForAssertion(() => Assert.NotNull(Registry.Find(id)!.Snapshot));
        return (workbench, provider[id]);
    }

    private string SignIn()
    {
        var learner = "learner-" + Guid.NewGuid().ToString("N");
        var authorization = page.AddAuthorization();
        authorization.SetAuthorized("learner");
        authorization.SetClaims(new Claim(LearnerIdentity.ClaimType, learner));
        return learner;
    }

    private static async Task ShowFirstStepAsync(IRenderedComponent<LabWorkbench> workbench)
    {
        while (workbench.FindAll("[data-testid=check]").Count == 0)
        {
            await workbench.FindAll(".section-nav button")[1].ClickAsync(new());
        }
    }
}
