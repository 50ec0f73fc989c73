using LabHost.Classes.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabHost.Classes.Accounts;

/// <summary>
/// Creates instructor accounts outside the web app (for `labhost instructor add`): Identity's
/// UserManager over the classes database, with the web app's password rules.
/// </summary>
public static class InstructorAccounts
{
    /// <summary>Password rules shared by the web app and the CLI: long rather than clever (NIST SP 800-63B).</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 10;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
    }

    /// <summary>
    /// Adds an instructor; returns the errors, if any. An existing account (the same email, in any
    /// case) is refused unless <paramref name="resetExisting"/>: then its password (and name, when
    /// given) is set, so a mistyped `add` never silently takes over a colleague's account.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AddOrUpdateAsync(ClassesDatabase database, string email, string? name, string password, bool resetExisting = false)
    {
        await database.MigrateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<ClassesDbContext>(_ => database.Create());
        services.AddIdentityCore<Instructor>(ConfigureIdentity).AddEntityFrameworkStores<ClassesDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Instructor>>();

        var existing = await users.FindByEmailAsync(email);
        IdentityResult result;
        if (existing is null)
        {
            var instructor = new Instructor { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            result = await users.CreateAsync(instructor, password);
        }
        else if (!resetExisting)
        {
            return [$"an instructor with the email {existing.Email} exists already; to set a new password, run it again with --reset-password"];
        }
        else
        {
            if (name is not null)
            {
                existing.DisplayName = name;
            }
            // Validate first so a rejected password leaves the old one in place.
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, existing, password);
                if (!check.Succeeded)
                {
                    return check.Errors.Select(e => e.Description).ToList();
                }
            }
            await users.RemovePasswordAsync(existing);
            result = await users.AddPasswordAsync(existing, password);
            if (result.Succeeded)
            {
                // A reset is how an instructor locked out by failed sign-ins gets back in at once.
                await users.SetLockoutEndDateAsync(existing, null);
                await users.ResetAccessFailedCountAsync(existing);
            }
        }
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }
}
