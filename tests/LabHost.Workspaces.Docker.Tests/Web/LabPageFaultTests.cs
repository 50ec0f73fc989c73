using System.Net.WebSockets;
using System.Security.Claims;
using Bunit;
using Docker.DotNet.Models;
using LabHost.Web.Components.Lab;
using LabHost.Web.Learners;
using LabHost.Web.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LabHost.Workspaces.Docker.Web;

/// <summary>
/// The web app on real Docker workspaces: a learner's workspace container is killed on the host
/// engine mid-session, or reaches its idle end. The learner's page and terminal say so in their
/// language (no crashed circuit), another learner goes on working, and Reset gives a working machine.
/// </summary>
[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class LabPageFaultTests(HostEngine engine) : IAsyncLifetime
{
    private const string Prompt = "root@labhost:~# ";
    private static readonly TimeSpan Boot = TimeSpan.FromSeconds(90);
    private readonly BunitContext page = new();
    private DockerLabHost web = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await page.DisposeAsync();
        if (web is not null)
        {
            await web.DisposeAsync();
        }
    }

    [Fact]
    public async Task KillContainer_MidSession_LearnerSeesTheKoreanMessageOthersGoOnAndResetWorks()
    {
        web = new DockerLabHost(engine);
        var (victimCookie, victimId) = await web.OpenLabAsync("ko");
        var (otherCookie, otherId) = await web.OpenLabAsync("en");
        var registry = web.Services.GetRequiredService<WorkspaceRegistry>();
        var victim = registry.Find(victimId)!;
        await using var victimTerminal = await web.ConnectAsync(victimCookie, victimId, "ko");
        await using var otherTerminal = await web.ConnectAsync(otherCookie, otherId, "en");
        Assert.True(await victimTerminal.ReadUntilAsync(t => t.Output.EndsWith(Prompt, StringComparison.Ordinal), Boot));
        Assert.True(await otherTerminal.ReadUntilAsync(t => t.Output.EndsWith(Prompt, StringComparison.Ordinal), Boot));
        var workbench = RenderWorkbench(victim.LearnerId, "ko");

        using (var client = engine.Client())
        {
            await client.Containers.KillContainerAsync(((DockerWorkspace)victim.Workspace).ContainerId!, new ContainerKillParameters { Signal = "KILL" });
        }
        await ShowFirstStepAsync(workbench);
        await workbench.Find("[data-testid=check]").ClickAsync(new());

        // The page: the provider's Korean words in an alert, the Reset button beside them.
        workbench.WaitForAssertion(() => Assert.Contains("실습 머신이 멈췄습니다", workbench.Find("[role=alert][data-testid=workspace-unavailable]").TextContent), Boot);
        // The terminal: a notice in Korean, then a clean close that says the machine is gone.
        Assert.False(await victimTerminal.ReadUntilAsync(_ => false, TimeSpan.FromSeconds(20)));
        Assert.Contains("실습 머신이 멈췄습니다", victimTerminal.Notices);
        Assert.Equal((WebSocketCloseStatus)4000, victimTerminal.CloseStatus);

        // Another learner's machine keeps working.
        await otherTerminal.TypeAsync("echo other-$((6*7))\r");
        Assert.True(await otherTerminal.ReadUntilAsync(t => t.Output.Contains("other-42", StringComparison.Ordinal), TimeSpan.FromSeconds(30)));
        Assert.NotNull((await registry.Find(otherId)!.CheckAsync()).StepId);

        await workbench.Find("[data-testid=reset-unavailable]").ClickAsync(new());

        workbench.WaitForAssertion(() => Assert.Empty(workbench.FindAll("[data-testid=workspace-unavailable]")), Boot);
        Assert.Null(victim.Unavailable);
        await using var again = await web.ConnectAsync(victimCookie, victimId, "ko");
        Assert.True(await again.ReadUntilAsync(t => t.Output.EndsWith(Prompt, StringComparison.Ordinal), Boot));
        await again.TypeAsync("echo back-$((6*7))\r");
        Assert.True(await again.ReadUntilAsync(t => t.Output.Contains("back-42", StringComparison.Ordinal), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task IdleEnd_Approaching_BannerAndExtendThenExpiredShowsTheAlertAndResetWorks()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        web = new DockerLabHost(engine, clock);
        var (cookie, id) = await web.OpenLabAsync("ko");
        var live = web.Services.GetRequiredService<WorkspaceRegistry>().Find(id)!;
        var workbench = RenderWorkbench(live.LearnerId, "ko");
        workbench.WaitForElement("[data-testid=lab]", TimeSpan.FromSeconds(30));

        // Default idle end: 30 minutes without input, warned 5 minutes before.
        clock.Advance(TimeSpan.FromMinutes(26));

        workbench.WaitForAssertion(() => Assert.Equal("입력이 없으면 실습 머신이 4분 뒤에 닫힙니다.", workbench.Find("[data-testid=expiry-warning] p").TextContent), TimeSpan.FromSeconds(10));
        await workbench.Find("[data-testid=extend]").ClickAsync(new());
        Assert.Empty(workbench.FindAll("[data-testid=expiry-warning]"));
        Assert.True(((IExpiringWorkspace)live.Workspace).ExpiresAt >= clock.GetUtcNow().AddMinutes(29));

        clock.Advance(TimeSpan.FromMinutes(31));

        workbench.WaitForAssertion(() => Assert.Contains("오랫동안 입력이 없어", workbench.Find("[role=alert][data-testid=workspace-unavailable]").TextContent), TimeSpan.FromSeconds(60));
        await workbench.Find("[data-testid=reset-unavailable]").ClickAsync(new());
        workbench.WaitForAssertion(() => Assert.Empty(workbench.FindAll("[data-testid=workspace-unavailable]")), Boot);
        await using var terminal = await web.ConnectAsync(cookie, id, "ko");
        await terminal.TypeAsync("echo fresh-$((6*7))\r");
        Assert.True(await terminal.ReadUntilAsync(t => t.Output.Contains("fresh-42", StringComparison.Ordinal), TimeSpan.FromSeconds(30)));
    }

    /// <summary>The lab page's interactive part, with the web app's own services, as the learner.</summary>
    private IRenderedComponent<LabWorkbench> RenderWorkbench(string learnerId, string language)
    {
        page.Services.AddFallbackServiceProvider(web.Services);
        page.JSInterop.Mode = JSRuntimeMode.Loose;
        var authorization = page.AddAuthorization();
        authorization.SetAuthorized("learner");
        authorization.SetClaims(new Claim(LearnerIdentity.ClaimType, learnerId));
        return page.Render<LabWorkbench>(p => p.Add(c => c.LabId, "docker-networking").Add(c => c.LanguageCode, language));
    }

    private static async Task ShowFirstStepAsync(IRenderedComponent<LabWorkbench> workbench)
    {
        workbench.WaitForElement("[data-testid=lab]", TimeSpan.FromSeconds(30));
        while (workbench.FindAll("[data-testid=check]").Count == 0)
        {
            await workbench.FindAll(".section-nav button")[1].ClickAsync(new());
        }
    }
}
