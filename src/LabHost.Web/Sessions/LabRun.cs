using LabHost.Classes.Gradebook;
using LabHost.Grading;
using LabHost.Web.Labs;
using LabHost.Web.Progress;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Web.Sessions;

/// <summary>
/// One learner's progress through one lab, in memory: the state of each step, quiz answers and
/// the latest check results. The current step is the first one not done; checking it against a
/// snapshot completes it when every check passes, and the next step begins at the command count
/// of that snapshot (for `since: step`). Pure logic, no I/O; not safe for concurrent use (its
/// <see cref="LiveWorkspace"/> serialises calls).
/// </summary>
public sealed class LabRun
{
    private readonly Dictionary<string, StepProgress> steps;
    private readonly Dictionary<string, string> quizAnswers;
    private readonly List<LearnerEvent> pending = [];
    private readonly HashSet<string> dirtySteps = new(StringComparer.Ordinal);
    private int? recordedCommands;

    public LabRun(LoadedLab lab, string learnerId, SavedLab saved)
    {
        Lab = lab;
        LearnerId = learnerId;
        steps = lab.Steps.ToDictionary(
            s => s.Id,
            s => saved.Steps.FirstOrDefault(p => p.StepId == s.Id) ?? new StepProgress { LearnerId = learnerId, LabId = lab.Id, StepId = s.Id },
            StringComparer.Ordinal);
        quizAnswers = new Dictionary<string, string>(saved.QuizAnswers, StringComparer.Ordinal);
    }

    public LoadedLab Lab { get; }

    public string LearnerId { get; }

    public IReadOnlyDictionary<string, string> QuizAnswers => quizAnswers;

    /// <summary>The latest evaluation (live or on request).</summary>
    public Evaluation LastEvaluation { get; private set; } = Evaluation.None;

    public string? CurrentStepId => Lab.Steps.FirstOrDefault(s => steps[s.Id].CompletedAt is null)?.Id;

    public bool IsComplete => CurrentStepId is null;

    public int CompletedCount => steps.Values.Count(s => s.CompletedAt is not null);

    public StepState StateOf(string stepId) =>
        steps[stepId].CompletedAt is not null ? StepState.Done : stepId == CurrentStepId ? StepState.Current : StepState.Todo;

    public StepProgress Progress(string stepId) => steps[stepId];

    /// <summary>
    /// Checks the current step against <paramref name="snapshot"/>; completes it (and each next
    /// step whose checks pass at once) and records the attempt.
    /// </summary>
    public Evaluation Evaluate(WorkspaceSnapshot snapshot, DateTime now, string trigger)
    {
        var current = CurrentStepId;
        if (current is null)
        {
            return LastEvaluation = Evaluation.None;
        }

        RecordCommands(current, snapshot, now);
        var completed = new List<string>();
        Evaluation? first = null;
        while (current is not null)
        {
            var step = Lab.Step(current)!;
            var progress = steps[current];
            var context = new GradingContext(snapshot, quizAnswers) { StepFirstCommand = progress.FirstCommand };
            var results = Grader.Evaluate(step.Checks, context);
            var passed = results.All(r => r.Passed);
            if (first is null || passed)
            {
                var detail = new AttemptDetail(trigger, results.Select(r => new AttemptCheck(r.Check.Kind, r.Passed, r.Message.Ko, r.Message.En)).ToList());
                Record(current, LearnerEventKinds.CheckAttempt, now, passed, detail.Serialize());
            }
            first ??= new Evaluation(current, results, completed);
            if (!passed)
            {
                break;
            }

            progress.CompletedAt = now;
            dirtySteps.Add(current);
            completed.Add(current);
            Record(current, LearnerEventKinds.StepCompleted, now, true, null);
            current = CurrentStepId;
            if (current is not null)
            {
                steps[current].FirstCommand = snapshot.Commands.Length;
                dirtySteps.Add(current);
            }
        }

        return LastEvaluation = first! with { CompletedSteps = completed };
    }

    public void AnswerQuiz(string quizId, string answer, DateTime now)
    {
        quizAnswers[quizId] = answer;
        Record(StepOfQuiz(quizId), LearnerEventKinds.QuizAnswered, now, null, $"{quizId}={answer}");
    }

    /// <summary>Records a hint view and returns how many of the step's hints are now shown.</summary>
    public int ViewHint(string stepId, DateTime now)
    {
        var progress = steps[stepId];
        var total = Lab.Step(stepId)!.Definition.Hints.Count;
        if (progress.HintsViewed < total)
        {
            progress.HintsViewed++;
            dirtySteps.Add(stepId);
            Record(stepId, LearnerEventKinds.HintViewed, now, null, $"hint {progress.HintsViewed}");
        }
        return progress.HintsViewed;
    }

    /// <summary>A hint fold in the step's text was opened.</summary>
    public void ViewTextHint(string stepId, DateTime now) => Record(stepId, LearnerEventKinds.HintViewed, now, null, "text");

    public void ViewSolution(string stepId, DateTime now, string? detail = null)
    {
        var progress = steps[stepId];
        if (!progress.SolutionViewed)
        {
            progress.SolutionViewed = true;
            dirtySteps.Add(stepId);
        }
        Record(stepId, LearnerEventKinds.SolutionViewed, now, null, detail);
    }

    /// <summary>After a workspace reset the command count starts again at zero.</summary>
    public void WorkspaceReset(DateTime now)
    {
        if (CurrentStepId is { } current)
        {
            steps[current].FirstCommand = 0;
            dirtySteps.Add(current);
        }
        LastEvaluation = Evaluation.None;
        recordedCommands = 0;
        Record(CurrentStepId, LearnerEventKinds.WorkspaceReset, now, null, null);
    }

    /// <summary>What changed since the last call, to be saved: steps and events.</summary>
    public (IReadOnlyList<StepProgress> Steps, IReadOnlyList<LearnerEvent> Events) TakeChanges()
    {
        var changed = dirtySteps.Select(id => steps[id]).ToList();
        var events = pending.ToList();
        dirtySteps.Clear();
        pending.Clear();
        return (changed, events);
    }

    /// <summary>
    /// Records the commands typed since the last evaluation, for the gradebook's drill-down. A
    /// restored workspace already holds commands; those before the current step were recorded in
    /// an earlier session, so counting starts at that step's first command.
    /// </summary>
    private void RecordCommands(string stepId, WorkspaceSnapshot snapshot, DateTime now)
    {
        var from = Math.Min(recordedCommands ?? steps[stepId].FirstCommand, snapshot.Commands.Length);
        foreach (var command in snapshot.Commands.Skip(from))
        {
            var text = command.Container is null ? command.Text : $"[{command.Container}] {command.Text}";
            Record(stepId, LearnerEventKinds.Command, now, command.ExitStatus == 0, text.Length > 2000 ? text[..2000] : text);
        }
        recordedCommands = snapshot.Commands.Length;
    }

    private string? StepOfQuiz(string quizId) =>
        Lab.Documents.Values.SelectMany(d => d.Quizzes).FirstOrDefault(q => q.Id == quizId)?.StepId;

    private void Record(string? stepId, string kind, DateTime now, bool? passed, string? detail) =>
        pending.Add(new LearnerEvent { LearnerId = LearnerId, LabId = Lab.Id, StepId = stepId, Kind = kind, Passed = passed, Detail = detail, At = now });
}
