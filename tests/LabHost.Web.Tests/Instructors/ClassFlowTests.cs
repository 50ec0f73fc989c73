using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LabHost.Classes.Accounts;
using LabHost.Classes.Data;
using LabHost.Grading.Scoring;
using LabHost.Web.Progress;
using LabHost.Web.Sessions;
using Microsoft.AspNetCore.Identity;

namespace LabHost.Web.Instructors;

/// <summary>
/// A class run from end to end without a browser: an account made as `labhost instructor add`
/// makes it, a sign-in by form post, a class with the lecture lab as an exercise, a student who
/// joins by code and completes two steps, then the CSV export and the LMS API.
/// </summary>
public sealed class ClassFlowTests : IAsyncLifetime
{
    private const string Email = "kim@school.ac.kr";
    private const string Password = "correct horse battery";
    private const string Lab = "docker-networking";
    private readonly LabHostFactory factory = new();
    private readonly DateTime due = DateTime.UtcNow.Date.AddDays(7).AddHours(15);

    [Fact]
    public async Task Class_StudentCompletesTwoSteps_GradesCsvAndApiHoldTheRow()
    {
        var instructor = new LearnerClient(factory);
        var instructorId = await SignInAsync(instructor);
        var service = factory.Services.GetRequiredService<ClassService>();
        var classroom = await service.CreateClassAsync(instructorId, "도커 네트워킹 1분반");
        Assert.NotNull(await service.AddExerciseAsync(instructorId, classroom.Id, Lab, due, new ScoringPolicy()));
        Assert.Contains(classroom.JoinCode, await instructor.GetPageAsync("/instructor"), StringComparison.Ordinal);

        // The student joins with the code as typed (lower case) in another cookie jar.
        var student = new LearnerClient(factory);
        var join = await student.PostFormAsync("/join", await student.GetPageAsync("/join", "ko"),
            ("code", classroom.JoinCode.ToLowerInvariant()), ("name", "김민수"), ("studentNumber", "2026001"));
        Assert.Equal(HttpStatusCode.Redirect, join.StatusCode);
        Assert.Equal("/join?joined=" + classroom.JoinCode, join.Headers.Location!.OriginalString);
        Assert.Contains("수업에 참여했습니다: 도커 네트워킹 1분반", await student.GetPageAsync(join.Headers.Location.OriginalString, "ko"), StringComparison.Ordinal);

        // Two steps of the lecture lab; each save is announced for the live gradebook.
        var saved = new List<string>();
        factory.Services.GetRequiredService<ProgressStore>().Saved += (learner, lab) => { lock (saved) { saved.Add(lab); } };
        var live = factory.Services.GetRequiredService<WorkspaceRegistry>().Find(await student.OpenLabAsync(Lab))!;
        await live.TypeCommandAsync("docker network ls");
        await live.AnswerQuizAsync("none-driver", "c");
        await live.AnswerQuizAsync("default-scope", "a");
        await live.TypeCommandAsync("docker network create --driver bridge --label project=dockerinaction --label chapter=5 --attachable --scope local --subnet 10.0.42.0/24 --ip-range 10.0.42.128/25 user-network");
        Assert.Equal((StepState.Done, StepState.Done, StepState.Current),
            (live.Run.StateOf("list-networks"), live.Run.StateOf("create-user-network"), live.Run.StateOf("run-explorer")));
        lock (saved)
        {
            Assert.Contains(Lab, saved);
        }

        using var csv = await instructor.GetAsync($"/instructor/classes/{classroom.Id}/grades.csv", "text/csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"grades-{classroom.JoinCode}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var dueText = due.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Assert.Equal(
            $"student_id,name,exercise,due_date,completed_at,raw_score,penalties,score,max_score\r\n2026001,김민수,{Lab},{dueText},,20,0,20,110\r\n",
            Encoding.UTF8.GetString(bytes[3..]));

        using var api = await instructor.GetAsync($"/api/instructor/classes/{classroom.Id}/grades", "application/json");
        var grade = Assert.Single(JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("grades").EnumerateArray());
        Assert.Equal(("2026001", "김민수", Lab, 20.0, 110.0),
            (grade.GetProperty("studentId").GetString(), grade.GetProperty("name").GetString(), grade.GetProperty("exercise").GetString(),
             grade.GetProperty("rawScore").GetDouble(), grade.GetProperty("maxScore").GetDouble()));
        Assert.Equal(dueText, grade.GetProperty("dueDate").GetString());
        Assert.EndsWith("Z", grade.GetProperty("steps")[0].GetProperty("firstPassAt").GetString());
        var steps = grade.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(11, steps.Count);
        Assert.Equal(["Done", "Done", "Current"], steps.Take(3).Select(s => s.GetProperty("status").GetString()));

        using var classes = await instructor.GetAsync("/api/instructor/classes", "application/json");
        var listed = Assert.Single(JsonDocument.Parse(await classes.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal((classroom.JoinCode, 1), (listed.GetProperty("joinCode").GetString(), listed.GetProperty("members").GetInt32()));
    }

    [Fact]
    public async Task GradesCsv_AnotherInstructorsClass_IsNotFound()
    {
        var owner = await CreateInstructorAsync("owner@school.ac.kr");
        var classroom = await factory.Services.GetRequiredService<ClassService>().CreateClassAsync(owner, "남의 반");
        var other = new LearnerClient(factory);
        await SignInAsync(other);

        using var csv = await other.GetAsync($"/instructor/classes/{classroom.Id}/grades.csv", "text/csv");
        using var api = await other.GetAsync($"/api/instructor/classes/{classroom.Id}/grades", "application/json");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (csv.StatusCode, api.StatusCode));
    }

    [Fact]
    public async Task SignIn_WrongPassword_BackToTheFormWithoutACookie()
    {
        await CreateInstructorAsync(Email);
        var client = new LearnerClient(factory);

        var response = await client.PostFormAsync("/instructor/sign-in", await client.GetPageAsync("/instructor/sign-in"), ("email", Email), ("password", Password + "x"));

        Assert.Equal("/instructor/sign-in?failed=1", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain(InstructorAuth.CookieName + "=", client.CookieHeader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_LockedOutByFailures_SaysSoAndAResetLetsTheInstructorIn()
    {
        await CreateInstructorAsync(Email);
        var client = new LearnerClient(factory);
        for (var i = 0; i < 10; i++)
        {
            await client.PostFormAsync("/instructor/sign-in", await client.GetPageAsync("/instructor/sign-in"), ("email", Email), ("password", "wrong password " + i));
        }

        var locked = await client.PostFormAsync("/instructor/sign-in", await client.GetPageAsync("/instructor/sign-in"), ("email", Email), ("password", Password));
        Assert.Equal("/instructor/sign-in?failed=locked", locked.Headers.Location!.OriginalString);
        Assert.Contains("locked for 5 minutes", await client.GetPageAsync("/instructor/sign-in?failed=locked"), StringComparison.Ordinal);
        Assert.Contains("5분 동안 잠겼습니다", await client.GetPageAsync("/instructor/sign-in?failed=locked", "ko"), StringComparison.Ordinal);

        Assert.Empty(await InstructorAccounts.AddOrUpdateAsync(factory.Services.GetRequiredService<ClassesDatabase>(), Email, null, "a brand new password", resetExisting: true));
        var afterReset = await client.PostFormAsync("/instructor/sign-in", await client.GetPageAsync("/instructor/sign-in"), ("email", Email), ("password", "a brand new password"));
        Assert.Equal("/instructor", afterReset.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AddExercise_SameLabTwice_IsRefusedAndTheClassKeepsOne()
    {
        var id = await CreateInstructorAsync(Email);
        var service = factory.Services.GetRequiredService<ClassService>();
        var classroom = await service.CreateClassAsync(id, "한 번만");

        Assert.NotNull(await service.AddExerciseAsync(id, classroom.Id, Lab, due, new ScoringPolicy()));
        Assert.Null(await service.AddExerciseAsync(id, classroom.Id, Lab, null, new ScoringPolicy()));

        Assert.Single((await service.FindAsync(id, classroom.Id))!.Exercises);
    }

    [Theory]
    [InlineData("김민수", 80, "김민수")]
    [InlineData("  spaced  ", 80, "spaced")]
    [InlineData("abc😀", 4, "abc")]
    [InlineData("abc😀d", 5, "abc😀")]
    [InlineData("한가글", 2, "한")]
    public void Clip_NeverCutsACharacterInHalf(string text, int length, string expected) =>
        Assert.Equal(expected, ClassService.Clip(text, length));

    [Fact]
    public async Task GetJoin_CodeInTheQuery_FillsTheCodeField()
    {
        var page = await new LearnerClient(factory).GetPageAsync("/join?code=BMBT3NVV", "ko");

        Assert.Matches("<input id=\"code\"[^>]* value=\"BMBT3NVV\"", page);
        Assert.Contains("<label for=\"code\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_NoNameNorNumber_SaysSoAndJoinsNothing()
    {
        var id = await CreateInstructorAsync(Email);
        var service = factory.Services.GetRequiredService<ClassService>();
        var classroom = await service.CreateClassAsync(id, "이름 필수");
        var student = new LearnerClient(factory);

        var join = await student.PostFormAsync("/join", await student.GetPageAsync("/join", "ko"), ("code", classroom.JoinCode), ("name", "   "), ("studentNumber", ""));

        Assert.Equal("/join?failed=name", join.Headers.Location!.OriginalString);
        var page = await student.GetPageAsync("/join?failed=name", "ko");
        Assert.Contains(InstructorText.Korean.JoinNameMissing, page, StringComparison.Ordinal);
        Assert.DoesNotContain(InstructorText.Korean.JoinFailed, page, StringComparison.Ordinal);
        Assert.Empty((await service.FindAsync(id, classroom.Id))!.Members);
    }

    [Fact]
    public async Task JoinedPage_CraftedText_NamesNoClass()
    {
        var page = await new LearnerClient(factory).GetPageAsync("/join?joined=" + Uri.EscapeDataString("Free grades here"), "en");

        Assert.DoesNotContain("Free grades here", page, StringComparison.Ordinal);
        Assert.DoesNotContain(InstructorText.English.Joined, page, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>Makes the account (as `labhost instructor add` does) and signs in by the form; returns the instructor's id.</summary>
    private async Task<string> SignInAsync(LearnerClient client)
    {
        var id = await CreateInstructorAsync(Email);
        var response = await client.PostFormAsync("/instructor/sign-in", await client.GetPageAsync("/instructor/sign-in"), ("email", Email), ("password", Password));
        Assert.Equal("/instructor", response.Headers.Location!.OriginalString);
        Assert.Contains(InstructorAuth.CookieName + "=", client.CookieHeader, StringComparison.Ordinal);
        return id;
    }

    private async Task<string> CreateInstructorAsync(string email)
    {
        Assert.Empty(await InstructorAccounts.AddOrUpdateAsync(factory.Services.GetRequiredService<ClassesDatabase>(), email, "김교수", Password));
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<Instructor>>().FindByEmailAsync(email))!.Id;
    }
}
