using LabHost.Classes.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LabHost.Cli;

/// <summary>`labhost instructor add` against a SQLite database of its own (--data): the account, its password hash, and what it refuses.</summary>
public sealed class InstructorCommandTests : IDisposable
{
    private const string Email = "kim@school.ac.kr";
    private const string Password = "correct horse battery";
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("labhost-cli-instructor-").FullName;
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();

    [Fact]
    public async Task Add_NewEmail_CreatesAnAccountWhosePasswordVerifies()
    {
        var status = await AddAsync(Email, Password, "--name", "김교수");

        Assert.Equal(0, status);
        Assert.Equal($"instructor {Email} can sign in at /instructor/sign-in\n", stdout.ToString().ReplaceLineEndings("\n"));
        Assert.True(File.Exists(Path.Combine(dataDirectory, "labhost.db")), "the web app's SQLite file, in the data folder");
        var instructor = Assert.Single(await InstructorsAsync());
        Assert.Equal((Email, Email, "김교수", true), (instructor.UserName, instructor.Email, instructor.DisplayName, instructor.EmailConfirmed));
        Assert.Equal(PasswordVerificationResult.Success, Verify(instructor, Password));
        Assert.Equal(PasswordVerificationResult.Failed, Verify(instructor, Password + "!"));
    }

    [Fact]
    public async Task Add_SameEmailAgain_RefusedClearlyAndTheAccountUntouched()
    {
        Assert.Equal(0, await AddAsync(Email, Password, "--name", "김교수"));
        stdout.GetStringBuilder().Clear();

        // In another case too: Identity compares normalised emails.
        var status = await AddAsync("KIM@school.ac.kr", "another long passphrase", "--name", "someone else");

        Assert.Equal(1, status);
        Assert.Equal($"labhost instructor add: an instructor with the email {Email} exists already; to set a new password, run it again with --reset-password\n",
            stderr.ToString().ReplaceLineEndings("\n"));
        Assert.Empty(stdout.ToString());
        var instructor = Assert.Single(await InstructorsAsync());
        Assert.Equal("김교수", instructor.DisplayName);
        Assert.Equal(PasswordVerificationResult.Success, Verify(instructor, Password));
    }

    [Fact]
    public async Task Add_ResetPassword_KeepsOneAccountWithTheNewPassword()
    {
        Assert.Equal(0, await AddAsync(Email, Password));

        var status = await AddAsync("KIM@school.ac.kr", "another long passphrase", "--reset-password");

        Assert.Equal(0, status);
        var instructor = Assert.Single(await InstructorsAsync());
        Assert.Equal(Email, instructor.Email);
        Assert.Equal(PasswordVerificationResult.Failed, Verify(instructor, Password));
        Assert.Equal(PasswordVerificationResult.Success, Verify(instructor, "another long passphrase"));
    }

    [Fact]
    public async Task Add_ShortPassword_RefusedWithTheRuleAndNothingCreated()
    {
        var status = await AddAsync(Email, "short");

        Assert.Equal(1, status);
        Assert.Contains("labhost instructor add: Passwords must be at least 10 characters.", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
        Assert.Empty(await InstructorsAsync());
    }

    [Fact]
    public async Task Add_ShortPasswordForAnExistingAccount_LeavesTheOldPassword()
    {
        Assert.Equal(0, await AddAsync(Email, Password));

        Assert.Equal(1, await AddAsync(Email, "short", "--reset-password"));

        Assert.Contains("Passwords must be at least 10 characters.", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, Verify(Assert.Single(await InstructorsAsync()), Password));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task Add_NoPasswordOnStandardInput_RefusedClearly(string? input)
    {
        var status = await InstructorCommand.RunAsync(["add", Email, "--password-stdin", "--data", dataDirectory],
            new StringReader(input is null ? string.Empty : input + "\n"), stdinIsTerminal: false, stdout, stderr);

        Assert.Equal(2, status);
        Assert.Equal("labhost instructor add: no password on standard input (one line, 10 or more characters)\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("not-an-email", "'not-an-email' is not an email address")]
    [InlineData("kim@school.example extra", "is not an email address")]
    [InlineData("--password-stdin", "EMAIL is required")]
    public async Task Add_NoEmail_SaysWhyAndPrintsUsage(string argument, string why)
    {
        var status = await InstructorCommand.RunAsync(["add", argument, "--data", dataDirectory], new StringReader(Password + "\n"), stdinIsTerminal: false, stdout, stderr);

        Assert.Equal(2, status);
        Assert.Contains(why, stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage: labhost instructor add EMAIL", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DataDirectory_InsideTheRepository_IsTheWebAppsUnderItsContentRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "LabHost.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;
        }
        // The web app resolves LabHost:DataDirectory (default data/) under its content root, src/LabHost.Web for `dotnet run --project src/LabHost.Web`.
        var web = Path.Combine(root, "src", "LabHost.Web");

        Assert.Equal(Path.Combine(web, "data"), InstructorCommand.DataDirectory(null, root));
        Assert.Equal(Path.Combine(web, "data"), InstructorCommand.DataDirectory("", Path.Combine(root, "tests", "LabHost.Cli.Tests")));
        Assert.Equal(Path.Combine(web, "data-dev"), InstructorCommand.DataDirectory("data-dev", root));
        Assert.Equal(dataDirectory, InstructorCommand.DataDirectory(dataDirectory, root));
    }

    [Fact]
    public void DataDirectory_OutsideARepository_IsUnderTheCurrentFolder()
    {
        Assert.Equal(Path.Combine(dataDirectory, "data"), InstructorCommand.DataDirectory(null, dataDirectory));
        Assert.Equal(Path.Combine(dataDirectory, "db"), InstructorCommand.DataDirectory("db", dataDirectory));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private Task<int> AddAsync(string email, string password, params string[] more) =>
        InstructorCommand.RunAsync(["add", email, "--password-stdin", "--data", dataDirectory, .. more], new StringReader(password + "\n"), stdinIsTerminal: false, stdout, stderr);

    private async Task<List<Instructor>> InstructorsAsync()
    {
        var database = new ClassesDatabase(ClassesStore.Sqlite($"Data Source={Path.Combine(dataDirectory, "labhost.db")}"));
        await database.MigrateAsync();
        await using var db = database.Create();
        return await db.Users.AsNoTracking().ToListAsync();
    }

    private static PasswordVerificationResult Verify(Instructor instructor, string password) =>
        new PasswordHasher<Instructor>().VerifyHashedPassword(instructor, instructor.PasswordHash!, password);
}
