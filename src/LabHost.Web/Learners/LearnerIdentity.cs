using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LabHost.Web.Learners;

/// <summary>
/// Anonymous learners: the first page a browser opens signs it in as a new learner with a random
/// id, kept in a data-protected cookie (so it cannot be forged or guessed). No passwords, no
/// accounts; the id is what progress and workspaces belong to.
/// </summary>
public static class LearnerIdentity
{
    public const string CookieName = "lh-learner";
    public const string ClaimType = "lh:learner";

    public static string? IdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(ClaimType)?.Value : null;

    public static ClaimsPrincipal NewLearner() =>
        new(new ClaimsIdentity([new Claim(ClaimType, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Signs in a new learner on a page request that has none; sockets, scripts and styles never make one.</summary>
    public static IApplicationBuilder UseLearnerIdentity(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IdOf(context.User) is null && WantsPage(context.Request))
        {
            var learner = NewLearner();
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, learner, new AuthenticationProperties { IsPersistent = true });
            context.User = learner;
        }
        await next(context);
    });

    private static bool WantsPage(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        || (HttpMethods.IsPost(request.Method) && (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) ?? false));
}
