using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Progress;

/// <summary>
/// Reads and writes learners and their progress, one short unit of work per call. Safe for
/// concurrent use; callers serialise writes for one learner's lab (see LiveWorkspace).
/// </summary>
public sealed class ProgressStore(ProgressDatabase database, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Raised after a learner's progress was saved (learner id, lab id), for the live gradebook; handlers must not block.</summary>
    public event Action<string, string>? Saved;

    public async Task EnsureLearnerAsync(string learnerId, CancellationToken cancellation = default)
    {
        await using var db = database.Create();
        if (await db.Learners.FindAsync([learnerId], cancellation) is null)
        {
            db.Learners.Add(new Learner { Id = learnerId, CreatedAt = Now });
            try
            {
                await db.SaveChangesAsync(cancellation);
            }
            catch (DbUpdateException)
            {
                // Two first requests of one new learner raced; the other one inserted the row.
            }
        }
    }

    public async Task<string?> GetDisplayNameAsync(string learnerId, CancellationToken cancellation = default)
    {
        await using var db = database.Create();
        return await db.Learners.Where(l => l.Id == learnerId).Select(l => l.DisplayName).FirstOrDefaultAsync(cancellation);
    }

    public async Task SetDisplayNameAsync(string learnerId, string? displayName, CancellationToken cancellation = default)
    {
        await EnsureLearnerAsync(learnerId, cancellation);
        await using var db = database.Create();
        var learner = await db.Learners.FindAsync([learnerId], cancellation);
        learner!.DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim()[..Math.Min(80, displayName.Trim().Length)];
        await db.SaveChangesAsync(cancellation);
    }

    public async Task<SavedLab> LoadLabAsync(string learnerId, string labId, CancellationToken cancellation = default)
    {
        await using var db = database.Create();
        var lab = await db.Labs.AsNoTracking().FirstOrDefaultAsync(p => p.LearnerId == learnerId && p.LabId == labId, cancellation);
        var steps = await db.Steps.AsNoTracking().Where(p => p.LearnerId == learnerId && p.LabId == labId).ToListAsync(cancellation);
        var answers = await db.QuizAnswers.AsNoTracking().Where(a => a.LearnerId == learnerId && a.LabId == labId).ToListAsync(cancellation);
        return new SavedLab(lab?.WorkspaceState, steps, answers.ToDictionary(a => a.QuizId, a => a.Answer, StringComparer.Ordinal));
    }

    /// <summary>Completed steps per lab, for the catalog.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CompletedStepsAsync(string learnerId, CancellationToken cancellation = default)
    {
        await using var db = database.Create();
        var rows = await db.Steps.AsNoTracking()
            .Where(p => p.LearnerId == learnerId && p.CompletedAt != null)
            .GroupBy(p => p.LabId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellation);
        return rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
    }

    /// <summary>Saves the workspace bytes, the steps given and the events in one transaction.</summary>
    public async Task SaveAsync(
        string learnerId,
        string labId,
        byte[]? workspaceState,
        IEnumerable<StepProgress> steps,
        IEnumerable<LearnerEvent> events,
        QuizAnswer? answer = null,
        CancellationToken cancellation = default)
    {
        await using var db = database.Create();
        var lab = await db.Labs.FirstOrDefaultAsync(p => p.LearnerId == learnerId && p.LabId == labId, cancellation);
        if (lab is null)
        {
            lab = new LabProgress { LearnerId = learnerId, LabId = labId, StartedAt = Now };
            db.Labs.Add(lab);
        }
        if (workspaceState is not null)
        {
            lab.WorkspaceState = workspaceState;
        }
        lab.UpdatedAt = Now;

        foreach (var step in steps)
        {
            var row = await db.Steps.FirstOrDefaultAsync(p => p.LearnerId == learnerId && p.LabId == labId && p.StepId == step.StepId, cancellation);
            if (row is null)
            {
                db.Steps.Add(new StepProgress
                {
                    LearnerId = learnerId,
                    LabId = labId,
                    StepId = step.StepId,
                    FirstCommand = step.FirstCommand,
                    CompletedAt = step.CompletedAt,
                    HintsViewed = step.HintsViewed,
                    SolutionViewed = step.SolutionViewed,
                });
                continue;
            }
            row.FirstCommand = step.FirstCommand;
            row.CompletedAt = step.CompletedAt;
            row.HintsViewed = step.HintsViewed;
            row.SolutionViewed = step.SolutionViewed;
        }

        if (answer is not null)
        {
            var row = await db.QuizAnswers.FirstOrDefaultAsync(a => a.LearnerId == learnerId && a.LabId == labId && a.QuizId == answer.QuizId, cancellation);
            if (row is null)
            {
                db.QuizAnswers.Add(answer);
            }
            else
            {
                row.Answer = answer.Answer;
                row.AnsweredAt = answer.AnsweredAt;
            }
        }

        db.Events.AddRange(events);
        await db.SaveChangesAsync(cancellation);
        Saved?.Invoke(learnerId, labId);
    }

    public async Task<IReadOnlyList<LearnerEvent>> EventsAsync(string learnerId, string labId, CancellationToken cancellation = default)
    {
        await using var db = database.Create();
        return await db.Events.AsNoTracking()
            .Where(e => e.LearnerId == learnerId && e.LabId == labId)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellation);
    }
}
