using LabHost.Classes.Data;
using LabHost.Classes.Export;
using LabHost.Classes.Gradebook;
using LabHost.Labs.Model;
using LabHost.Web.Labs;
using LabHost.Web.Learners;
using LabHost.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LabHost.Web.Instructors;

/// <summary>
/// Sign-in and sign-out (form posts), a student's join (form post), and the grade exports: CSV
/// and a JSON API for an LMS. Every instructor endpoint carries <see cref="InstructorAuth.Policy"/>.
/// </summary>
public static class InstructorEndpoints
{
    public static IEndpointRouteBuilder MapInstructorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(InstructorAuth.SignInPath, async ([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl, SignInManager<Instructor> signIn) =>
        {
            var result = await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
            return result switch
            {
                { Succeeded: true } => Results.LocalRedirect(LocalOr(returnUrl, "/instructor")),
                { IsLockedOut: true } => Results.LocalRedirect(InstructorAuth.SignInPath + "?failed=locked"),
                _ => Results.LocalRedirect(InstructorAuth.SignInPath + "?failed=1"),
            };
        });

        // Publishing labs: read labs/ again (a form post, so it carries the antiforgery token).
        endpoints.MapPost("/instructor/authoring/publish", ([FromForm] string? returnUrl, LabLibrary library, TimeProvider time) =>
        {
            library.Reload(time.GetUtcNow());
            return Results.LocalRedirect(LocalOr(returnUrl, "/instructor/authoring"));
        }).RequireAuthorization(InstructorAuth.Policy);

        endpoints.MapPost("/instructor/sign-out", async (SignInManager<Instructor> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).RequireAuthorization(InstructorAuth.Policy);

        endpoints.MapPost("/join", async ([FromForm] string code, [FromForm] string name, [FromForm] string? studentNumber, HttpContext context, ClassService service) =>
        {
            var learner = LearnerIdentity.IdOf(context.User);
            if (learner is null)
            {
                return Results.Unauthorized();
            }
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(studentNumber))
            {
                return Results.LocalRedirect("/join?failed=name");
            }
            var joined = await service.JoinAsync(learner, code, string.IsNullOrWhiteSpace(name) ? studentNumber! : name, studentNumber);
            return joined is null ? Results.LocalRedirect("/join?failed=code") : Results.LocalRedirect("/join?joined=" + Uri.EscapeDataString(joined.JoinCode));
        });

        endpoints.MapGet("/instructor/classes/{classId}/grades.csv", async (string classId, HttpContext context, ClassService service) =>
        {
            var classroom = await service.FindAsync(InstructorAuth.IdOf(context.User)!, classId);
            if (classroom is null)
            {
                return Results.NotFound();
            }
            var rows = new GradebookQuery().Apply(await service.GradebookAsync(classroom, UiLanguage.Resolve(context)), service.Now);
            return Results.File(GradeCsv.Write(rows), "text/csv; charset=utf-8", $"grades-{classroom.JoinCode}.csv");
        }).RequireAuthorization(InstructorAuth.Policy);

        endpoints.MapGet("/api/instructor/classes", async (HttpContext context, ClassService service) =>
            (await service.ClassesOfAsync(InstructorAuth.IdOf(context.User)!)).Select(c => new
            {
                c.Id,
                c.Name,
                c.JoinCode,
                Exercises = c.Exercises.Select(e => new { e.Id, e.LabId, DueAt = Utc(e.DueAt) }),
                Members = c.Members.Count,
            })).RequireAuthorization(InstructorAuth.Policy);

        endpoints.MapGet("/api/instructor/classes/{classId}/grades", async (string classId, HttpContext context, ClassService service) =>
        {
            var classroom = await service.FindAsync(InstructorAuth.IdOf(context.User)!, classId);
            if (classroom is null)
            {
                return Results.NotFound();
            }
            var rows = new GradebookQuery().Apply(await service.GradebookAsync(classroom, LabLanguage.En), service.Now);
            return Results.Ok(new
            {
                Class = new { classroom.Id, classroom.Name },
                Grades = rows.Select(r => new
                {
                    StudentId = r.Learner.StudentId,
                    r.Learner.Name,
                    Exercise = r.Exercise.LabId,
                    DueDate = Utc(r.Exercise.DueAt),
                    CompletedAt = r.Score.CompletedAt,
                    RawScore = r.Score.Raw,
                    r.Score.Penalties,
                    r.Score.Score,
                    MaxScore = r.Score.Max,
                    Steps = r.Cells.Select(c => new { c.StepId, Status = c.Status.ToString(), c.Attempts, FirstPassAt = Utc(c.FirstPassAt), c.Hints, c.SolutionUsed }),
                }),
            });
        }).RequireAuthorization(InstructorAuth.Policy);
        return endpoints;
    }

    /// <summary>Stored times are UTC; SQLite gives them back unmarked. An LMS must read "Z".</summary>
    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;

    /// <summary>The URL when it is a path of this site (no scheme, no host, no control characters LocalRedirect would refuse), else the fallback.</summary>
    private static string LocalOr(string? url, string fallback) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && !url.Any(char.IsControl) ? url : fallback;
}
