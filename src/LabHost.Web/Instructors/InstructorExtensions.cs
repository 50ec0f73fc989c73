using LabHost.Classes.Accounts;
using LabHost.Classes.Data;
using LabHost.Web.Progress;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace LabHost.Web.Instructors;

/// <summary>Instructor accounts (Identity over LabHost.Classes' database), their cookie and policy, and the class service.</summary>
public static class InstructorExtensions
{
    public static void AddInstructors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var settings = services.GetRequiredService<DatabaseSettings>();
            return new ClassesDatabase(new ClassesStore(settings.Provider == DatabaseProvider.PostgreSql, settings.ConnectionString));
        });
        builder.Services.AddScoped<ClassesDbContext>(services => services.GetRequiredService<ClassesDatabase>().Create());
        builder.Services.AddIdentityCore<Instructor>(InstructorAccounts.ConfigureIdentity)
            .AddEntityFrameworkStores<ClassesDbContext>()
            .AddSignInManager();
        builder.Services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, options =>
        {
            options.Cookie.Name = InstructorAuth.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.LoginPath = InstructorAuth.SignInPath;
            options.AccessDeniedPath = InstructorAuth.SignInPath;
            // Pages go to the sign-in page; the API answers 401/403.
            options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(InstructorAuth.Policy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
        builder.Services.AddSingleton<ClassService>();
    }

    public static async Task MigrateClassesAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<ClassesDatabase>().MigrateAsync();

    /// <summary>Adds the instructor's identity, when signed in, to the request's user beside the learner's, so pages can tell.</summary>
    public static IApplicationBuilder UseInstructorIdentity(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (result.Succeeded && result.Principal.Identity is { } identity)
        {
            context.User.AddIdentity(new System.Security.Claims.ClaimsIdentity(identity));
        }
        await next(context);
    });

    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var wantsPage = HttpMethods.IsGet(context.Request.Method)
            && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal)
            && !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
        if (wantsPage)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }
        return Task.CompletedTask;
    }
}
