using LabHost.Web.Localization;
using LabHost.Web.Progress;
using Microsoft.AspNetCore.Mvc;

namespace LabHost.Web.Learners;

/// <summary>
/// The two forms of every page: the language switch and the display name. Plain POSTs with
/// antiforgery tokens (form binding validates them), then back to the page they came from.
/// </summary>
public static class LearnerEndpoints
{
    public static IEndpointRouteBuilder MapLearnerForms(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/language", ([FromForm] string language, [FromForm] string? returnUrl, HttpContext context) =>
        {
            if (UiLanguage.Parse(language) is null)
            {
                return Results.BadRequest();
            }
            context.Response.Cookies.Append(UiLanguage.CookieName, language, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                Secure = context.Request.IsHttps,
            });
            return Results.LocalRedirect(LocalOrRoot(returnUrl));
        });

        endpoints.MapPost("/learner/name", async ([FromForm] string? displayName, [FromForm] string? returnUrl, HttpContext context, ProgressStore store) =>
        {
            var learner = LearnerIdentity.IdOf(context.User);
            if (learner is null)
            {
                return Results.Unauthorized();
            }
            await store.SetDisplayNameAsync(learner, displayName);
            return Results.LocalRedirect(LocalOrRoot(returnUrl));
        });
        return endpoints;
    }

    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
