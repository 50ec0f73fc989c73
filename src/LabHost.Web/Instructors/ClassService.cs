using LabHost.Classes.Data;
using LabHost.Classes.Gradebook;
using LabHost.Grading.Scoring;
using LabHost.Labs.Model;
using LabHost.Web.Labs;
using LabHost.Web.Progress;
using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Instructors;

/// <summary>
/// Classes, exercises and memberships, and the gradebook built from the progress store. Every
/// instructor operation takes the instructor's id and sees only that instructor's classes. Safe
/// for concurrent use (a unit of work per call).
/// </summary>
public sealed class ClassService(ClassesDatabase classes, ProgressDatabase progress, LabLibrary library, TimeProvider time)
{
    private readonly SemaphoreSlim adding = new(1, 1);

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<Classroom>> ClassesOfAsync(string instructorId)
    {
        await using var db = classes.Create();
        return await db.Classrooms.AsNoTracking().Include(c => c.Members).Include(c => c.Exercises)
            .Where(c => c.OwnerId == instructorId).OrderByDescending(c => c.CreatedAt).ToListAsync();
    }

    public async Task<Classroom> CreateClassAsync(string instructorId, string name)
    {
        await using var db = classes.Create();
        var classroom = new Classroom
        {
            Id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
            Name = Clip(name, 100),
            JoinCode = JoinCode.New(),
            OwnerId = instructorId,
            CreatedAt = Now,
        };
        db.Classrooms.Add(classroom);
        await db.SaveChangesAsync();
        return classroom;
    }

    /// <summary>The class with its exercises and members, when <paramref name="instructorId"/> owns it.</summary>
    public async Task<Classroom?> FindAsync(string instructorId, string classId)
    {
        await using var db = classes.Create();
        return await db.Classrooms.AsNoTracking().Include(c => c.Members).Include(c => c.Exercises)
            .FirstOrDefaultAsync(c => c.Id == classId && c.OwnerId == instructorId);
    }

    /// <summary>Adds the lab to the class; null when the lab or the class does not exist, or the class has the lab already.</summary>
    public async Task<Exercise?> AddExerciseAsync(string instructorId, string classId, string labId, DateTime? dueUtc, ScoringPolicy policy)
    {
        // One at a time, so a double-click cannot add the lab twice between the check and the insert.
        await adding.WaitAsync();
        try
        {
            return await AddExerciseOnceAsync(instructorId, classId, labId, dueUtc, policy);
        }
        finally
        {
            adding.Release();
        }
    }

    private async Task<Exercise?> AddExerciseOnceAsync(string instructorId, string classId, string labId, DateTime? dueUtc, ScoringPolicy policy)
    {
        if (library.Find(labId) is null || await FindAsync(instructorId, classId) is not { } classroom || classroom.Exercises.Any(e => e.LabId == labId))
        {
            return null;
        }
        await using var db = classes.Create();
        var exercise = new Exercise
        {
            ClassroomId = classId,
            LabId = labId,
            DueAt = dueUtc,
            PointsPerStep = policy.PointsPerStep,
            SolutionViewedKeeps = policy.SolutionViewedKeeps,
            LateRule = policy.Late.Rule,
            LatePenaltyPerDay = policy.Late.PenaltyPerDay,
            LateMaxPenalty = policy.Late.MaxPenalty,
            CreatedAt = Now,
        };
        db.Exercises.Add(exercise);
        await db.SaveChangesAsync();
        return exercise;
    }

    /// <summary>The class with this join code (as a student types it), or null.</summary>
    public async Task<Classroom?> FindByCodeAsync(string code)
    {
        var normalized = JoinCode.Normalize(code);
        await using var db = classes.Create();
        return await db.Classrooms.AsNoTracking().FirstOrDefaultAsync(c => c.JoinCode == normalized);
    }

    /// <summary>Removes an exercise from the class (the learners' progress in its lab stays); false when there is no such exercise of the instructor's.</summary>
    public async Task<bool> RemoveExerciseAsync(string instructorId, string classId, int exerciseId)
    {
        await using var db = classes.Create();
        var exercise = await db.Exercises.FirstOrDefaultAsync(e => e.Id == exerciseId && e.ClassroomId == classId
            && db.Classrooms.Any(c => c.Id == classId && c.OwnerId == instructorId));
        if (exercise is null)
        {
            return false;
        }
        db.Exercises.Remove(exercise);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>A learner joined (or renamed themselves in) a class, by class id: open gradebooks reload.</summary>
    public event Action<string>? MembersChanged;

    /// <summary>A learner joins the class with its code (again: their name and number are updated). Null for an unknown code.</summary>
    public async Task<Classroom?> JoinAsync(string learnerId, string code, string name, string? studentNumber)
    {
        var normalized = JoinCode.Normalize(code);
        await using var db = classes.Create();
        var classroom = await db.Classrooms.FirstOrDefaultAsync(c => c.JoinCode == normalized);
        if (classroom is null)
        {
            return null;
        }
        var member = await db.Members.FindAsync(classroom.Id, learnerId);
        if (member is null)
        {
            member = new ClassMember { ClassroomId = classroom.Id, LearnerId = learnerId, Name = string.Empty, JoinedAt = Now };
            db.Members.Add(member);
        }
        member.Name = Clip(name, 80);
        member.StudentNumber = string.IsNullOrWhiteSpace(studentNumber) ? null : Clip(studentNumber, 40);
        await db.SaveChangesAsync();
        MembersChanged?.Invoke(classroom.Id);
        return classroom;
    }

    /// <summary>Every learner × exercise row of the class (the projection of stored progress).</summary>
    public async Task<IReadOnlyList<GradebookRow>> GradebookAsync(Classroom classroom, LabLanguage language)
    {
        var exercises = classroom.Exercises.OrderBy(e => e.Id)
            .Select(e => (Exercise: e, Lab: library.Find(e.LabId)))
            .Where(x => x.Lab is not null)
            .Select(x => new GradebookExercise(x.Exercise.Id, x.Exercise.LabId, x.Lab!.Definition.Title.Get(language), x.Lab.Steps.Select(s => s.Id).ToList(), x.Exercise.DueAt, x.Exercise.Policy))
            .ToList();
        var learners = classroom.Members.OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new GradebookLearner(m.LearnerId, m.Name, m.StudentNumber)).ToList();
        var learnerIds = learners.Select(l => l.LearnerId).ToList();
        var labIds = exercises.Select(e => e.LabId).Distinct().ToList();
        await using var db = progress.Create();
        var steps = await db.Steps.AsNoTracking().Where(s => learnerIds.Contains(s.LearnerId) && labIds.Contains(s.LabId))
            .Select(s => new StepRecord(s.LearnerId, s.LabId, s.StepId, s.CompletedAt, s.HintsViewed, s.SolutionViewed)).ToListAsync();
        var kinds = new[] { ActivityKinds.CheckAttempt, ActivityKinds.StepCompleted, ActivityKinds.HintViewed, ActivityKinds.SolutionViewed };
        var events = await db.Events.AsNoTracking().Where(e => learnerIds.Contains(e.LearnerId) && labIds.Contains(e.LabId) && kinds.Contains(e.Kind))
            .Select(e => new ActivityRecord(e.LearnerId, e.LabId, e.StepId, e.Kind, e.Passed, e.At, null)).ToListAsync();
        return GradebookProjection.Build(exercises, learners, steps, events);
    }

    /// <summary>The commands and check attempts of one learner's step, in order, when the learner is in the class.</summary>
    public async Task<IReadOnlyList<ActivityRecord>> StepActivityAsync(Classroom classroom, string learnerId, string labId, string stepId)
    {
        if (classroom.Members.All(m => m.LearnerId != learnerId))
        {
            return [];
        }
        await using var db = progress.Create();
        return await db.Events.AsNoTracking().Where(e => e.LearnerId == learnerId && e.LabId == labId && e.StepId == stepId)
            .OrderBy(e => e.Id)
            .Select(e => new ActivityRecord(e.LearnerId, e.LabId, e.StepId, e.Kind, e.Passed, e.At, e.Detail)).ToListAsync();
    }

    /// <summary>The trimmed text, at most <paramref name="length"/> UTF-16 units, never cutting a character (an emoji, a Hangul syllable with its jamo) in half.</summary>
    internal static string Clip(string text, int length)
    {
        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length)
        {
            var next = end + System.Globalization.StringInfo.GetNextTextElementLength(trimmed, end);
            if (next > length)
            {
                break;
            }
            end = next;
        }
        return trimmed[..end];
    }
}
