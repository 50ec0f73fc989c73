using LabHost.Web.Components;
using LabHost.Web.Instructors;
using LabHost.Web.Labs;
using LabHost.Web.Learners;
using LabHost.Web.Progress;
using LabHost.Web.Security;
using LabHost.Web.Sessions;
using LabHost.Web.Terminal;
using LabHost.Workspaces;
using LabHost.Workspaces.Docker;
using LabHost.Workspaces.Simulated.Workspace;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LabHost.Web.Extensions;

/// <summary>One AddXxx per library, so Program.cs reads like a table of contents (as eShop's WebApp does).</summary>
public static class Extensions
{
    /// <summary>LabHost.Labs and LabHost.Grading: every lab loaded, linted and its checks typed, once.</summary>
    public static void AddLabLibrary(this IHostApplicationBuilder builder)
    {
        var paths = builder.Paths();
        builder.Services.AddSingleton(services =>
            LabLibrary.Load(paths.ContentDirectory, services.GetRequiredService<ILoggerFactory>().CreateLogger<LabLibrary>()));
    }

    /// <summary>
    /// The lab machines: the embedded simulated one, or with <c>Workspaces:Provider</c> = Docker a
    /// Docker-in-Docker container per learner (options in <c>Workspaces:Docker</c>, see
    /// <see cref="DockerWorkspaceOptions"/>); and the live workspaces of this server.
    /// </summary>
    public static void AddSimulatedWorkspaces(this IHostApplicationBuilder builder)
    {
        if (string.Equals(builder.Configuration["Workspaces:Provider"], "docker", StringComparison.OrdinalIgnoreCase))
        {
            var options = builder.Configuration.GetSection("Workspaces:Docker").Get<DockerWorkspaceOptions>() ?? new DockerWorkspaceOptions();
            // The app's clock: idle and lifetime ends, and the lab page's countdown, read the same time.
            builder.Services.AddSingleton(services => new DockerWorkspaceProvider(options, time: services.GetRequiredService<TimeProvider>()));
            builder.Services.AddSingleton<IWorkspaceProvider>(services => services.GetRequiredService<DockerWorkspaceProvider>());
            builder.Services.AddHostedService<DockerWorkspacesStartup>();
        }
        else
        {
            builder.Services.AddSingleton<IWorkspaceProvider>(_ => new SimulatedWorkspaceProvider());
        }

        builder.Services.AddSingleton(builder.Configuration.GetSection("Workspaces").Get<WorkspaceSettings>() ?? new WorkspaceSettings());
        builder.Services.AddSingleton<WorkspaceRegistry>();
        builder.Services.AddHostedService<IdleWorkspaceSweeper>();
    }

    /// <summary>EF Core: SQLite by default, PostgreSQL by configuration.</summary>
    public static void AddProgressStore(this IHostApplicationBuilder builder)
    {
        var paths = builder.Paths();
        builder.Services.AddSingleton(DatabaseSettings.From(builder.Configuration, paths.DataDirectory));
        builder.Services.AddSingleton<ProgressDatabase>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ProgressStore>();
    }

    /// <summary>Anonymous learners by cookie; the keys that protect it live in the data folder, so restarts keep learners.</summary>
    public static void AddLearnerIdentity(this IHostApplicationBuilder builder)
    {
        var paths = builder.Paths();
        builder.Services.AddDataProtection()
            .SetApplicationName("LabHost")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = LearnerIdentity.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.IsEssential = true;
                options.ExpireTimeSpan = TimeSpan.FromDays(365);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
    }

    /// <summary>Blazor Server pages with interactive server rendering; never detailed errors to the browser.</summary>
    public static void AddLabHostUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(options => options.DetailedErrors = false);
        builder.Services.AddAntiforgery();
        // A form post without a field or a valid token is the client's fault: 400, in every environment
        // (Development would otherwise throw it to the developer exception page with its stack).
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        // Korean text as text, not as numeric character references.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    }

    public static async Task MigrateProgressStoreAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<ProgressDatabase>().MigrateAsync();

    /// <summary>The request pipeline: friendly errors, security headers, sockets, learner cookie, antiforgery.</summary>
    public static void UseLabHost(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        // Only page requests get the friendly 404 page; a refused POST, socket or API call keeps its plain status.
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal)
                && !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            branch => branch.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseSecurityHeaders();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseAuthentication();
        app.UseLearnerIdentity();
        app.UseInstructorIdentity();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    /// <summary>Endpoints: static assets, lab figures, the two forms, the terminal socket and the pages.</summary>
    public static void MapLabHost(this WebApplication app)
    {
        app.MapStaticAssets();
        app.UseLabFigures();
        app.MapLearnerForms();
        app.MapInstructorEndpoints();
        app.MapTerminal();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    /// <summary>Images the lab text refers to (/labs/{id}/figures/…); nothing else of a lab folder is served.</summary>
    private static void UseLabFigures(this WebApplication app)
    {
        var library = app.Services.GetRequiredService<LabLibrary>();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        foreach (var (extension, type) in new[] { (".svg", "image/svg+xml"), (".png", "image/png"), (".jpg", "image/jpeg"), (".gif", "image/gif"), (".webp", "image/webp") })
        {
            types.Mappings[extension] = type;
        }
        if (Directory.Exists(library.LabsDirectory))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = "/labs",
                FileProvider = new PhysicalFileProvider(library.LabsDirectory),
                ContentTypeProvider = types,
            });
        }
    }

    private static LabHostPaths Paths(this IHostApplicationBuilder builder)
    {
        if (builder.Properties.TryGetValue(typeof(LabHostPaths), out var known))
        {
            return (LabHostPaths)known;
        }
        var paths = LabHostPaths.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Properties[typeof(LabHostPaths)] = paths;
        return paths;
    }
}
