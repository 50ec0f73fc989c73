using LabHost.Grading.Scoring;

namespace LabHost.Classes.Gradebook;

/// <summary>
/// Builds the gradebook (learners × exercises × steps) from stored progress and events. Pure:
/// the same inputs give the same rows; safe for concurrent use.
/// </summary>
public static class GradebookProjection
{
    public static IReadOnlyList<GradebookRow> Build(
        IReadOnlyList<GradebookExercise> exercises,
        IReadOnlyList<GradebookLearner> learners,
        IEnumerable<StepRecord> steps,
        IEnumerable<ActivityRecord> activities)
    {
        var stepsByKey = steps.ToLookup(s => (s.LearnerId, s.LabId));
        var activityByKey = activities.ToLookup(a => (a.LearnerId, a.LabId));
        var rows = new List<GradebookRow>(exercises.Count * learners.Count);
        foreach (var learner in learners)
        {
            foreach (var exercise in exercises)
            {
                rows.Add(Row(learner, exercise, stepsByKey[(learner.LearnerId, exercise.LabId)].ToList(), activityByKey[(learner.LearnerId, exercise.LabId)].OrderBy(a => a.At).ToList()));
            }
        }
        return rows;
    }

    private static GradebookRow Row(GradebookLearner learner, GradebookExercise exercise, List<StepRecord> stored, List<ActivityRecord> activity)
    {
        var cells = new List<GradebookCell>(exercise.StepIds.Count);
        var outcomes = new List<StepOutcome>(exercise.StepIds.Count);
        string? current = null;
        DateTime? currentSince = null;
        DateTime? previousDone = null;
        foreach (var stepId in exercise.StepIds)
        {
            var record = stored.FirstOrDefault(s => s.StepId == stepId);
            var events = activity.Where(a => a.StepId == stepId).ToList();
            var completed = record?.CompletedAt;
            var firstPass = events.FirstOrDefault(a => a.Kind == ActivityKinds.StepCompleted)?.At ?? completed;
            var solutionAt = events.FirstOrDefault(a => a.Kind == ActivityKinds.SolutionViewed)?.At;
            var solutionUsed = record?.SolutionViewed == true || solutionAt is not null;
            var hints = Math.Max(record?.HintsViewed ?? 0, events.Count(a => a.Kind == ActivityKinds.HintViewed));
            StepStatus status;
            if (completed is not null)
            {
                status = StepStatus.Done;
                previousDone = completed;
            }
            else if (current is null)
            {
                status = StepStatus.Current;
                current = stepId;
                currentSince = previousDone ?? (activity.Count > 0 ? activity[0].At : null);
            }
            else
            {
                status = StepStatus.NotStarted;
            }
            cells.Add(new GradebookCell(stepId, status, events.Count(a => a.Kind == ActivityKinds.CheckAttempt), firstPass, hints, solutionUsed));
            // A solution flag without its event (older data) counts as seen before completion.
            var solutionTime = solutionAt ?? (solutionUsed ? completed ?? DateTime.MinValue : null);
            outcomes.Add(new StepOutcome(stepId, Utc(completed), Utc(solutionTime), hints));
        }
        var score = ScoreCalculator.Score(exercise.StepIds, outcomes, exercise.Policy, Utc(exercise.DueAt));
        return new GradebookRow(learner, exercise, cells, score, current, currentSince, activity.Count > 0 ? activity[^1].At : null);
    }

    private static DateTimeOffset? Utc(DateTime? time) =>
        time is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
}
