using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace LabHost.Web.Instructors;

/// <summary>
/// Instructors sign in with Identity's application cookie, a scheme apart from the anonymous
/// learner cookie (the default scheme). The <see cref="Policy"/> authenticates with that scheme
/// only, so a learner cookie never satisfies it.
/// </summary>
public static class InstructorAuth
{
    public const string Policy = "Instructor";
    public const string Scheme = "Identity.Application";
    public const string CookieName = "lh-instructor";
    public const string SignInPath = "/instructor/sign-in";

    /// <summary>The instructor's user id, from the identity the instructor cookie made; null for anyone else.</summary>
    public static string? IdOf(ClaimsPrincipal? user) =>
        user?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme)
            ?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
