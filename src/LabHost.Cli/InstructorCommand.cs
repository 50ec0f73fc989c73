using LabHost.Classes.Accounts;
using LabHost.Classes.Data;

namespace LabHost.Cli;

/// <summary>
/// `labhost instructor add EMAIL [--name NAME] [--password-stdin] [--reset-password] [--data DIR]`: creates an
/// instructor account in the web app's database (with --reset-password, sets an existing one's password). The database is found
/// as the web app finds it: Database__Provider, ConnectionStrings__LabHost and
/// LabHost__DataDirectory (relative to the web app's content root) from the environment, else the
/// SQLite file in src/LabHost.Web/data of the repository around the current folder.
/// </summary>
public static class InstructorCommand
{
    private const string Usage = "Usage: labhost instructor add EMAIL [--name NAME] [--password-stdin] [--reset-password] [--data DIR]\n";

    public static async Task<int> RunAsync(string[] args, TextReader stdin, bool stdinIsTerminal, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length < 2 || args[0] != "add")
        {
            await stderr.WriteAsync(Usage);
            return 2;
        }
        string? email = null, name = null, data = null;
        var fromStdin = !stdinIsTerminal;
        var resetExisting = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--name" when i + 1 < args.Length: name = args[++i]; break;
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--password-stdin": fromStdin = true; break;
                case "--reset-password": resetExisting = true; break;
                default:
                    if (args[i].StartsWith('-') || email is not null)
                    {
                        await stderr.WriteAsync($"labhost instructor: unexpected '{args[i]}'\n" + Usage);
                        return 2;
                    }
                    email = args[i];
                    break;
            }
        }
        if (email is null)
        {
            await stderr.WriteAsync("labhost instructor add: EMAIL is required\n" + Usage);
            return 2;
        }
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            await stderr.WriteAsync($"labhost instructor add: '{email}' is not an email address (like kim@school.example)\n" + Usage);
            return 2;
        }

        var password = fromStdin ? await stdin.ReadLineAsync() : ReadPasswordFromTerminal(stderr);
        if (fromStdin && string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("labhost instructor add: no password on standard input (one line, 10 or more characters)");
            return 2;
        }
        if (password is null)
        {
            return 1;
        }

        ClassesStore store;
        try
        {
            store = ClassesStore.Resolve(
                Environment.GetEnvironmentVariable("Database__Provider"),
                Environment.GetEnvironmentVariable("ConnectionStrings__LabHost"),
                data ?? DataDirectory(Environment.GetEnvironmentVariable("LabHost__DataDirectory"), Environment.CurrentDirectory));
        }
        catch (InvalidOperationException e)
        {
            await stderr.WriteLineAsync($"labhost instructor add: {e.Message}");
            return 2;
        }

        var errors = await InstructorAccounts.AddOrUpdateAsync(new ClassesDatabase(store), email, name, password, resetExisting);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await stderr.WriteLineAsync($"labhost instructor add: {error}");
            }
            return 1;
        }
        await stdout.WriteLineAsync($"instructor {email} can sign in at /instructor/sign-in");
        return 0;
    }

    /// <summary>
    /// LabHost__DataDirectory as the web app reads it: relative to its content root, which is
    /// src/LabHost.Web in the repository around <paramref name="currentDirectory"/> (`dotnet run
    /// --project src/LabHost.Web`), else the current folder; unset, data/ there.
    /// </summary>
    internal static string DataDirectory(string? configured, string currentDirectory) =>
        Path.GetFullPath(configured is { Length: > 0 } ? configured : "data", WebContentRoot(currentDirectory) ?? currentDirectory);

    private static string? WebContentRoot(string currentDirectory)
    {
        for (var directory = new DirectoryInfo(currentDirectory); directory is not null; directory = directory.Parent)
        {
            var web = Path.Combine(directory.FullName, "src", "LabHost.Web");
            if (Directory.Exists(web) && Directory.Exists(Path.Combine(directory.FullName, "labs")))
            {
                return web;
            }
        }
        return null;
    }

    private static string? ReadPasswordFromTerminal(TextWriter stderr)
    {
        var first = Prompt(stderr, "Password: ");
        var second = Prompt(stderr, "Again: ");
        if (first != second)
        {
            stderr.WriteLine("labhost instructor add: the passwords differ");
            return null;
        }
        return first;
    }

    private static string Prompt(TextWriter stderr, string prompt)
    {
        stderr.Write(prompt);
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                stderr.WriteLine();
                return text.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
