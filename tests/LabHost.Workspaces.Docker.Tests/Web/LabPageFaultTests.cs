using System.Net.WebSockets;
using System.Security.Claims;
using Bunit;
using Docker.DotNet.Models;
using LabHost.Web.Components.Lab;
using LabHost.Web.Learners;
using LabHost.Web.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace LabHost.Workspaces.Docker.Web;

/// <summary>
/// The web app on real Docker workspaces: a learner's workspace container is killed on the host
/// engine mid-session. The learner's page and terminal say so in their language (no crashed
/// circuit), another learner goes on working, and Reset gives a working machine.
/// </summary>
[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class LabPageFaultTests(HostEngine engine) : IAsyncLifetime
{
    private const string Prompt = "root@labhost:~# ";
    private static readonly TimeSpan Boot = TimeSpan.FromSeconds(90);
    private readonly BunitContext page = new();
    private DockerLabHost web = null!;

    public Task InitializeAsync()
    {
        web = new DockerLabHost(engine);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await page.DisposeAsync();
        await web.DisposeAsync();
    }

    [Fact]
    public async Task KillContainer_MidSession_LearnerSeesTheKoreanMessageOthersGoOnAndResetWorks()
    {
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
