using System.Security.Claims;
using Bunit;
using LabHost.Web.Authoring;
using LabHost.Web.Labs;
using LabHost.Web.Learners;

namespace LabHost.Web.Components.Lab;

/// <summary>The lab page of a learner whose workspace is open while an instructor re-publishes the lab.</summary>
public sealed class LabWorkbenchRepublishTests : IAsyncLifetime
{
    private readonly TempLabs labs = new("bridge-dns");
    private readonly LabHostFactory host = new();
    private readonly BunitContext page = new();

    public Task InitializeAsync()
    {
        host.Settings["LabHost:ContentDirectory"] = labs.Root;
        page.Services.AddFallbackServiceProvider(host.Services);
        page.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await page.DisposeAsync();
        await host.DisposeAsync();
        labs.Dispose();
    }

    [Fact]
    public void Open_StepRenamedSinceTheWorkspaceOpened_ShowsTheVersionTheWorkspaceRuns()
    {
        var authorization = page.AddAuthorization();
        authorization.SetAuthorized("learner");
        authorization.SetClaims(new Claim(LearnerIdentity.ClaimType, "learner-republish"));
        Render().WaitForElement("[data-testid=lab]");
        foreach (var file in new[] { "lab.yaml", "en.md", "ko.md" })
        {
            labs.Edit("bridge-dns", file, "create-app-net", "make-app-net");
        }
        var reload = host.Services.GetRequiredService<LabLibrary>().Reload(DateTimeOffset.UtcNow);
        Assert.Contains("bridge-dns", reload.Published);

        var again = Render();

        again.WaitForElement("[data-testid=lab]");
        Assert.Empty(again.FindAll("[data-testid=lab-failure]"));
        Assert.Contains("create-app-net", again.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("make-app-net", again.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<LabWorkbench> Render() =>
        page.Render<LabWorkbench>(p => p.Add(c => c.LabId, "bridge-dns").Add(c => c.LanguageCode, "en"));
}
