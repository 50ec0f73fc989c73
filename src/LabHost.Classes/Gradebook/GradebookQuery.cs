namespace LabHost.Classes.Gradebook;

public enum GradebookSort
{
    Name,
    StudentId,
    Progress,
    Score,
    OnStep,
}

/// <summary>
/// A gradebook view: which exercise (all when null), a search on name or student id, only learners
/// stuck on a step for more than <see cref="StuckMinutes"/>, and the order.
/// </summary>
public sealed record GradebookQuery(int? ExerciseId = null, string? Search = null, int? StuckMinutes = null, GradebookSort Sort = GradebookSort.Name, bool Descending = false)
{
    public IReadOnlyList<GradebookRow> Apply(IEnumerable<GradebookRow> rows, DateTime now)
    {
        var selected = rows.Where(r => ExerciseId is null || r.Exercise.Id == ExerciseId);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            selected = selected.Where(r => r.Learner.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || r.Learner.StudentId.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        if (StuckMinutes is { } minutes)
        {
            selected = selected.Where(r => r.IsStuck(now, TimeSpan.FromMinutes(minutes)));
        }
        Func<GradebookRow, IComparable> key = Sort switch
        {
            GradebookSort.StudentId => r => r.Learner.StudentId,
            GradebookSort.Progress => r => r.DoneCount,
            GradebookSort.Score => r => r.Score.Score,
            GradebookSort.OnStep => r => r.OnStepFor(now) ?? TimeSpan.MinValue,
            _ => r => r.Learner.Name,
        };
        var ordered = Descending ? selected.OrderByDescending(key) : selected.OrderBy(key);
        return ordered.ThenBy(r => r.Learner.Name, StringComparer.Ordinal).ThenBy(r => r.Exercise.Id).ToList();
    }
}
