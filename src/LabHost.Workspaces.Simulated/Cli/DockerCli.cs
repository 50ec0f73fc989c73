using LabHost.Workspaces.Simulated.Cli.Commands;
using LabHost.Workspaces.Simulated.Cli.Flags;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Cli;

/// <summary>
/// The docker CLI (client 28 behaviour): finds the command, parses its flags the pflag way and
/// reports usage errors in the CLI's own words before anything reaches the daemon.
/// </summary>
public sealed class DockerCli(SimulatedHost host) : IProgram
{
    public static IReadOnlyList<CommandDef> Commands { get; } =
        [.. NetworkCommands.All, .. ContainerCommands.All, .. SystemCommands.All];

    internal static readonly Dictionary<string, string> Shortcuts = new(StringComparer.Ordinal)
    {
        ["ps"] = "container ls", ["run"] = "container run", ["exec"] = "container exec", ["start"] = "container start",
        ["stop"] = "container stop", ["rm"] = "container rm", ["attach"] = "container attach", ["logs"] = "container logs",
        ["kill"] = "container kill", ["create"] = "container create", ["restart"] = "container restart",
        ["images"] = "image ls",
    };

    public async Task<int> RunAsync(ProcessContext context)
    {
        var ctx = new DockerContext(context, host);
        var args = context.Args.Skip(1).ToList();
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            await context.Stdout.WriteAsync(Help.Top());
            return 0;
        }

        if (args[0] is "-v" or "--version")
        {
            await context.Stdout.WriteLineAsync($"Docker version {SystemCommands.ClientVersion}, build {SystemCommands.ClientCommit}");
            return 0;
        }

        var (command, rest) = Find(args);
        if (command is null)
        {
            return await UnknownAsync(ctx, args);
        }

        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            await context.Stdout.WriteAsync(Help.For(command));
            return 0;
        }

        ParsedArgs parsed;
        try
        {
            parsed = FlagParser.Parse(rest, command.Flags, command.Interspersed);
        }
        catch (FlagError e)
        {
            await context.Stderr.WriteLineAsync($"{e.Message}\n\nUsage:  {command.Usage}\n\nRun '{command.Path} --help' for more information");
            return ExitCodes.CliError;
        }

        if (command.Args.Check(parsed.Positionals.Count) is { } complaint)
        {
            await context.Stderr.WriteLineAsync($"docker: '{command.Path}' {complaint}\n\nUsage:  {command.Usage}\n\nRun '{command.Path} --help' for more information");
            return ExitCodes.Error;
        }

        return await command.Run(ctx, parsed);
    }

    private static (CommandDef? Command, List<string> Remaining) Find(List<string> args)
    {
        if (Shortcuts.TryGetValue(args[0], out var full))
        {
            args = [.. full.Split(' '), .. args.Skip(1)];
        }

        foreach (var depth in new[] { 2, 1 })
        {
            if (args.Count < depth)
            {
                continue;
            }

            var path = "docker " + string.Join(' ', args.Take(depth));
            var command = Commands.FirstOrDefault(c => c.Path == path || (depth == 2 &&
                c.Path.StartsWith("docker " + args[0] + " ", StringComparison.Ordinal) && c.Aliases.Contains(args[1])));
            if (command is not null)
            {
                return (command, args.Skip(depth).ToList());
            }
        }

        return (null, args);
    }

    private static async Task<int> UnknownAsync(DockerContext ctx, List<string> args)
    {
        var group = Commands.Any(c => c.Path.StartsWith("docker " + args[0] + " ", StringComparison.Ordinal));
        if (group && args.Count > 1)
        {
            await ctx.Err.WriteLineAsync($"docker: unknown command: docker {args[0]} {args[1]}\n\nUsage:  docker {args[0]} COMMAND\n\nRun 'docker {args[0]} --help' for more information");
            return ExitCodes.Error;
        }

        if (group)
        {
            await ctx.Out.WriteAsync(Help.Group(args[0]));
            return 0;
        }

        await ctx.Err.WriteLineAsync($"docker: unknown command: docker {args[0]}\n\nRun 'docker --help' for more information");
        return ExitCodes.Error;
    }
}
