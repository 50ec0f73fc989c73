using Bunit;
using LabHost.Classes.Accounts;
using LabHost.Classes.Data;
using LabHost.Web.Instructors;
using LabHost.Web.Labs;
using LabHost.Web.Progress;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace LabHost.Web.Components.Instructors;

/// <summary>The class page's exercise list and form, on the app's real services (SQLite in a temp folder).</summary>
public sealed class ClassPanelTests : BunitContext, IAsyncLifetime
{
    private readonly LabHostFactory factory = new();
    private string instructorId = string.Empty;
    private string classId = string.Empty;

    public async Task InitializeAsync()
    {
        Assert.Empty(await InstructorAccounts.AddOrUpdateAsync(factory.Services.GetRequiredService<ClassesDatabase>(), "t@school.example", null, "correct horse battery"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            instructorId = (await scope.ServiceProvider.GetRequiredService<UserManager<Instructor>>().FindByEmailAsync("t@school.example"))!.Id;
        }
        classId = (await Service.CreateClassAsync(instructorId, "1분반")).Id;
        Services.AddSingleton(Service);
        Services.AddSingleton(factory.Services.GetRequiredService<ProgressStore>());
        Services.AddSingleton(factory.Services.GetRequiredService<LabLibrary>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync() => await factory.DisposeAsync();

    private ClassService Service => factory.Services.GetRequiredService<ClassService>();

    [Fact]
    public void AddExercise_Default_IsTheCatalogsFirstLabAndTwiceSaysItIsThereAlready()
    {
        var page = Render();

        Assert.Equal("docker-networking", page.Find("#lab").GetAttribute("value"));
        page.Find("form.instructor-form").Submit();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("li[data-exercise=docker-networking]")));
        Assert.Empty(page.FindAll("[data-testid=exercise-problem]"));

        page.Find("form.instructor-form").Submit();

        page.WaitForAssertion(() => Assert.Equal(InstructorText.Korean.ExerciseExists, page.Find("[data-testid=exercise-problem]").TextContent));
        Assert.Single(page.FindAll("li[data-exercise=docker-networking]"));
    }

    [Fact]
    public void AddExercise_FractionOutOfRange_IsRefusedWithWhy()
    {
        var page = Render();

        page.Find("#keeps").Change("1.5");
        page.Find("form.instructor-form").Submit();

        Assert.Equal(InstructorText.Korean.ExerciseInvalid, page.Find("[data-testid=exercise-problem]").TextContent);
        Assert.Empty(page.FindAll("li[data-exercise]"));
    }

    [Fact]
    public async Task RemoveExercise_AfterConfirming_LeavesTheClassWithout()
    {
        await Service.AddExerciseAsync(instructorId, classId, "bridge-dns", null, new Grading.Scoring.ScoringPolicy());
        var page = Render();

        page.Find("li[data-exercise=bridge-dns] [data-testid=remove-exercise]").Click();
        Assert.Contains(InstructorText.Korean.ConfirmRemoveExercise, page.Find("li[data-exercise=bridge-dns]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=confirm-remove]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("li[data-exercise]")));
        Assert.Empty((await Service.FindAsync(instructorId, classId))!.Exercises);
    }

    [Fact]
    public async Task Join_WhileThePageIsOpen_TheStudentAppearsWithoutAReload()
    {
        await Service.AddExerciseAsync(instructorId, classId, "bridge-dns", null, new Grading.Scoring.ScoringPolicy());
        var page = Render();
        Assert.Empty(page.FindAll("tr[data-learner]"));

        await Service.JoinAsync("learner-1", (await Service.FindAsync(instructorId, classId))!.JoinCode, "김민수", "2026001");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-learner='2026001']")), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Render_AnotherInstructorsClass_SaysThereIsNoSuchClass()
    {
        var page = Render<ClassPanel>(p => p.Add(c => c.InstructorId, "someone-else").Add(c => c.ClassId, classId).Add(c => c.LanguageCode, "en"));

        Assert.Equal(InstructorText.English.ClassNotFound, page.Find("[data-testid=class-not-found]").TextContent);
    }

    private IRenderedComponent<ClassPanel> Render() =>
        Render<ClassPanel>(p => p.Add(c => c.InstructorId, instructorId).Add(c => c.ClassId, classId).Add(c => c.LanguageCode, "ko"));
}
