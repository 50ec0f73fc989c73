using System.Text;
using LabHost.Web.Progress;
using LabHost.Workspaces;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Web.Sessions;

public class LabRunTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Evaluate_LectureSolutionsTypedInOrder_CompleteEveryStepInTurn()
    {
        var lab = TestLabs.Lecture;
        var run = new LabRun(lab, "learner", new SavedLab(null, [], new Dictionary<string, string>()));
        await using var workspace = await new SimulatedWorkspaceProvider().CreateAsync(new WorkspaceOptions { Owner = "learner" });
        await using var terminal = await workspace.OpenTerminalAsync();
        run.AnswerQuiz("none-driver", "c", Now);
        run.AnswerQuiz("default-scope", "a", Now);

        foreach (var step in lab.Steps)
        {
            Assert.Equal(step.Id, run.CurrentStepId);
            foreach (var line in step.Definition.Solution)
            {
                var keys = line == "^P^Q" ? "\u0010\u0011" : line + "\r";
                await terminal.WriteInputAsync(Encoding.UTF8.GetBytes(keys));
                await ((IIdleAwareWorkspace)workspace).WhenIdleAsync();
                // A detach ends `docker attach` a moment after the workspace reports idle (LiveWorkspace looks again, too).
                await Task.Delay(300);
                await ((IIdleAwareWorkspace)workspace).WhenIdleAsync();
                run.Evaluate(await workspace.GetSnapshotAsync(), Now, "test");
            }
            var failed = run.LastEvaluation.Results.Where(r => !r.Passed).Select(r => r.Message.En);
            var typed = (await workspace.GetSnapshotAsync()).Commands.Select(c => $"[{c.Container ?? "host"}] {c.Text} ({c.ExitStatus})");
            Assert.True(run.StateOf(step.Id) == StepState.Done, $"{step.Id}: {string.Join("; ", failed)}\ncommands:\n{string.Join("\n", typed)}");
        }

        Assert.True(run.IsComplete);
        var (steps, events) = run.TakeChanges();
        Assert.Equal(lab.Steps.Count, steps.Count(s => s.CompletedAt is not null));
        Assert.Equal(lab.Steps.Count, events.Count(e => e.Kind == LearnerEventKinds.StepCompleted));
        Assert.Equal(2, events.Count(e => e.Kind == LearnerEventKinds.QuizAnswered));
    }

    [Fact]
    public async Task Evaluate_StepNotDone_KeepsItCurrentWithTheGradersFindings()
    {
        var run = new LabRun(TestLabs.Lecture, "learner", new SavedLab(null, [], new Dictionary<string, string>()));
        var snapshot = await Snapshots.MakeAsync("docker network ls");

        var evaluation = run.Evaluate(snapshot, Now, "button");

        Assert.Equal("list-networks", evaluation.StepId);
        Assert.False(evaluation.Passed);
        Assert.Equal(StepState.Current, run.StateOf("list-networks"));
        Assert.Contains(evaluation.Results, r => !r.Passed && r.Message.Ko.Length > 0 && r.Message.En.Length > 0);
        var attempt = Assert.Single(run.TakeChanges().Events, e => e.Kind != LearnerEventKinds.Command);
        Assert.Equal((LearnerEventKinds.CheckAttempt, false), (attempt.Kind, attempt.Passed));
    }

    [Fact]
    public void ViewHint_PastTheLastHint_StopsCounting()
    {
        var run = new LabRun(TestLabs.Lecture, "learner", new SavedLab(null, [], new Dictionary<string, string>()));

        var shown = 0;
        for (var i = 0; i < 5; i++)
        {
            shown = run.ViewHint("list-networks", Now);
        }
        run.ViewSolution("list-networks", Now, "button");

        Assert.Equal(2, shown);
        Assert.True(run.Progress("list-networks").SolutionViewed);
        var events = run.TakeChanges().Events;
        Assert.Equal(2, events.Count(e => e.Kind == LearnerEventKinds.HintViewed));
        Assert.Single(events, e => e.Kind == LearnerEventKinds.SolutionViewed);
    }
}
