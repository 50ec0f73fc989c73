using LabHost.Web.Sessions;
using LabHost.Web.Terminal;

namespace LabHost.Web.Progress;

/// <summary>Progress and the workspace saved as the learner works, and back after a restart (SQLite, the default).</summary>
public sealed class ProgressTests
{
    [Fact]
    public async Task Work_IsStoredAsItHappens_AndComesBackAfterARestart()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("labhost-progress-").FullName;
        LearnerClient learner;
        string learnerId;
        await using (var first = new LabHostFactory(dataDirectory) { KeepData = true })
        {
            learner = new LearnerClient(first);
            var workspaceId = await learner.OpenLabAsync();
            var live = first.Services.GetRequiredService<WorkspaceRegistry>().Find(workspaceId)!;
            learnerId = live.LearnerId;
            await using (var socket = await TerminalSocket.ConnectAsync(first, workspaceId, learner.CookieHeader))
            {
                await socket.ReadUntilAsync(":~# ");
                await socket.TypeAsync("docker network ls\r");
                await socket.ReadUntilAsync("none");
                await live.AnswerQuizAsync("none-driver", "c");
                await live.AnswerQuizAsync("default-scope", "a");
                await socket.TypeAsync("docker network create persisted-net\r");
                await Eventually(() => live.Snapshot?.Network("persisted-net") is not null);
            }
            await live.ViewHintAsync("create-user-network");
            await live.ViewSolutionAsync("create-user-network", "button");

            var store = first.Services.GetRequiredService<ProgressStore>();
            var kinds = (await store.EventsAsync(learnerId, "docker-networking")).Select(e => e.Kind).ToList();
            Assert.Contains(LearnerEventKinds.CheckAttempt, kinds);
            Assert.Contains(LearnerEventKinds.QuizAnswered, kinds);
            Assert.Contains(LearnerEventKinds.StepCompleted, kinds);
            Assert.Contains(LearnerEventKinds.HintViewed, kinds);
            Assert.Contains(LearnerEventKinds.SolutionViewed, kinds);
            Assert.NotNull((await store.LoadLabAsync(learnerId, "docker-networking")).WorkspaceState);
        }

        await using var restarted = new LabHostFactory(dataDirectory);
        var again = new LearnerClient(restarted);
        again.Adopt(learner);
        var restored = restarted.Services.GetRequiredService<WorkspaceRegistry>().Find(await again.OpenLabAsync())!;

        Assert.Equal(learnerId, restored.LearnerId);
        Assert.Equal(StepState.Done, restored.Run.StateOf("list-networks"));
        Assert.Equal("c", restored.Run.QuizAnswers["none-driver"]);
        Assert.Equal(1, restored.Run.Progress("create-user-network").HintsViewed);
        Assert.NotNull((await restored.Workspace.GetSnapshotAsync()).Network("persisted-net"));
    }

    [Fact]
    public async Task Reset_EmptiesTheWorkspaceButKeepsProgress()
    {
        await using var factory = new LabHostFactory();
        var learner = new LearnerClient(factory);
        var live = factory.Services.GetRequiredService<WorkspaceRegistry>().Find(await learner.OpenLabAsync())!;
        await live.TypeCommandAsync("docker network create doomed");
        Assert.NotNull(live.Snapshot?.Network("doomed"));

        await live.ResetAsync();

        Assert.Null(live.Snapshot?.Network("doomed"));
        var events = await factory.Services.GetRequiredService<ProgressStore>().EventsAsync(live.LearnerId, "docker-networking");
        Assert.Contains(events, e => e.Kind == LearnerEventKinds.WorkspaceReset);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition());
    }
}
