using LabHost.Classes.Accounts;
using LabHost.Classes.Data;
using LabHost.Classes.Gradebook;
using LabHost.Grading.Scoring;
using LabHost.Labs.Model;
using LabHost.Web.Instructors;
using LabHost.Web.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Progress;

/// <summary>
/// The same progress store on a real PostgreSQL 15 started here. Without PostgreSQL the tests
/// are skipped with the reason locally; with CI=true a missing PostgreSQL fails them.
/// </summary>
public sealed class PostgreSqlTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    [PostgreSqlFact]
    public async Task Migrate_ThenStore_RoundTripsProgressAndWorkspace()
    {
        Assert.True(server.Missing is null, "PostgreSQL is missing: " + server.Missing);
        var database = new ProgressDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, await server.CreateDatabaseAsync()));
        await database.MigrateAsync();
        var store = new ProgressStore(database, TimeProvider.System);

        await store.EnsureLearnerAsync("learner-1");
        await store.SetDisplayNameAsync("learner-1", "민수");
        await store.SaveAsync("learner-1", "lab", [1, 2, 3],
            [new StepProgress { LearnerId = "learner-1", LabId = "lab", StepId = "one", FirstCommand = 4, CompletedAt = store.Now }],
            [new LearnerEvent { LearnerId = "learner-1", LabId = "lab", StepId = "one", Kind = LearnerEventKinds.StepCompleted, Passed = true, At = store.Now }],
            new QuizAnswer { LearnerId = "learner-1", LabId = "lab", QuizId = "q", Answer = "c", AnsweredAt = store.Now });

        var saved = await store.LoadLabAsync("learner-1", "lab");
        Assert.Equal([1, 2, 3], saved.WorkspaceState);
        Assert.Equal(4, Assert.Single(saved.Steps).FirstCommand);
        Assert.Equal("c", saved.QuizAnswers["q"]);
        Assert.Equal("민수", await store.GetDisplayNameAsync("learner-1"));
        Assert.Equal(1, (await store.CompletedStepsAsync("learner-1"))["lab"]);
    }

    [PostgreSqlFact]
    public async Task WebApp_ConfiguredForPostgreSql_SavesTheLearnersWorkspace()
    {
        Assert.True(server.Missing is null, "PostgreSQL is missing: " + server.Missing);
        await using var factory = new LabHostFactory();
        factory.Settings["Database:Provider"] = "PostgreSQL";
        factory.Settings["ConnectionStrings:LabHost"] = await server.CreateDatabaseAsync();
        var learner = new LearnerClient(factory);
        var live = factory.Services.GetRequiredService<WorkspaceRegistry>().Find(await learner.OpenLabAsync())!;

        await live.TypeCommandAsync("docker network create pg-net");

        var saved = await factory.Services.GetRequiredService<ProgressStore>().LoadLabAsync(live.LearnerId, "docker-networking");
        Assert.NotNull(saved.WorkspaceState);
        Assert.Equal(DatabaseProvider.PostgreSql, factory.Services.GetRequiredService<DatabaseSettings>().Provider);
    }
    [PostgreSqlFact]
    public async Task WebApp_ConfiguredForPostgreSql_RunsAClassFromAccountToGradebook()
    {
        Assert.True(server.Missing is null, "PostgreSQL is missing: " + server.Missing);
        var connection = await server.CreateDatabaseAsync();
        await using var factory = new LabHostFactory();
        factory.Settings["Database:Provider"] = "PostgreSQL";
        factory.Settings["ConnectionStrings:LabHost"] = connection;
        var learner = new LearnerClient(factory);
        var live = factory.Services.GetRequiredService<WorkspaceRegistry>().Find(await learner.OpenLabAsync())!;

        // The account as `labhost instructor add` makes it, into the database the app migrated.
        var classes = new ClassesDatabase(ClassesStore.PostgreSql(connection));
        Assert.Empty(await InstructorAccounts.AddOrUpdateAsync(classes, "teacher@example.org", "김교수", "correct horse battery"));
        await using var db = classes.Create();
        var instructor = await db.Users.SingleAsync(u => u.Email == "teacher@example.org");
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Instructor>().VerifyHashedPassword(instructor, instructor.PasswordHash!, "correct horse battery"));

        var service = factory.Services.GetRequiredService<ClassService>();
        var classroom = await service.CreateClassAsync(instructor.Id, "네트워크 실습 1분반");
        Assert.NotNull(await service.AddExerciseAsync(instructor.Id, classroom.Id, "docker-networking", null, new ScoringPolicy()));
        Assert.NotNull(await service.JoinAsync(live.LearnerId, classroom.JoinCode, "김민수", "20261234"));
        await live.TypeCommandAsync("docker network ls");
        await live.AnswerQuizAsync("none-driver", "c");
        await live.AnswerQuizAsync("default-scope", "a");

        var row = Assert.Single(await service.GradebookAsync((await service.FindAsync(instructor.Id, classroom.Id))!, LabLanguage.Ko));
        Assert.Equal(("김민수", "20261234"), (row.Learner.Name, row.Learner.StudentId));
        Assert.Equal(StepStatus.Done, row.Cells.Single(c => c.StepId == "list-networks").Status);
        Assert.True(row.Score.Raw > 0);
    }
}
