using LabHost.Workspaces.Simulated;

namespace LabHost.Cli;

/// <summary>`labhost`: the command line for lab authors and operators.</summary>
public static class LabHostCommand
{
    private const string Usage =
        "Usage: labhost COMMAND\n\nCommands:\n" +
        "  run FILE          run each command line of FILE in a fresh simulated workspace and print the transcript\n" +
        "  lint [DIR]        check the labs in DIR (default: labs) and report every problem with file and line\n" +
        "  test [DIR] [--workspace simulated|docker]\n" +
        "                    run each step's solution in a fresh workspace; its checks must fail before and pass after\n" +
        "                    (docker: a Docker-in-Docker workspace on the engine DOCKER_HOST names)\n" +
        "  checks            list the check kinds a lab.yaml may use\n" +
        "  instructor add EMAIL [--name NAME] [--password-stdin] [--reset-password] [--data DIR]\n" +
        "                    create an instructor account in the web app's database (--reset-password: set an existing one's password)\n";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await (args.Length == 0 ? stderr : stdout).WriteAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        return args[0] switch
        {
            "run" => await RunScriptAsync(args[1..], stdout, stderr),
            "lint" => await LintCommand.RunAsync(args.Length > 1 ? args[1] : "labs", stdout, stderr),
            "test" => await TestAsync(args[1..], stdout, stderr),
            "checks" => await ChecksAsync(stdout),
            "instructor" => await InstructorCommand.RunAsync(args[1..], Console.In, !Console.IsInputRedirected, stdout, stderr),
            _ => await UnknownAsync(args[0], stderr),
        };
    }

    private static async Task<int> RunScriptAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1)
        {
            await stderr.WriteAsync("labhost run: expected one FILE (use - for standard input)\n\n" + Usage);
            return 2;
        }

        string script;
        try
        {
            script = args[0] == "-" ? await Console.In.ReadToEndAsync() : await File.ReadAllTextAsync(args[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"labhost run: cannot read {args[0]}: {e.Message}");
            return 2;
        }

        var runner = new ScriptRunner();
        foreach (var line in ScriptRunner.CommandLines(script))
        {
            await stdout.WriteAsync(await runner.RunLineAsync(line));
            await stdout.FlushAsync();
        }

        return 0;
    }

    private static async Task<int> TestAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var provider = "simulated";
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--workspace" && i + 1 < args.Length)
            {
                provider = args[++i];
            }
            else if (args[i].StartsWith("--workspace=", StringComparison.Ordinal))
            {
                provider = args[i]["--workspace=".Length..];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return await TestCommand.RunAsync(positional.FirstOrDefault() ?? "labs", provider, stdout, stderr);
    }

    private static async Task<int> ChecksAsync(TextWriter stdout)
    {
        foreach (var kind in Grading.Parsing.CheckParser.KnownKinds)
        {
            await stdout.WriteLineAsync(kind);
        }

        await stdout.WriteLineAsync("\nParameters and meaning: docs/checks.md");
        return 0;
    }

    private static async Task<int> UnknownAsync(string command, TextWriter stderr)
    {
        await stderr.WriteAsync($"labhost: unknown command '{command}'\n\n" + Usage);
        return 2;
    }
}
