using System.Text;

namespace LabHost.Workspaces.Simulated.Cli;

/// <summary>--help text for the commands the simulated CLI knows.</summary>
public static class Help
{
    public static string Top()
    {
        var sb = new StringBuilder("\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommands:\n");
        foreach (var c in DockerCli.Commands.Where(c => c.Path.Count(ch => ch == ' ') == 1))
        {
            sb.Append($"  {c.Name,-11} {c.Short}\n");
        }

        sb.Append("\nManagement Commands:\n  container   Manage containers\n  image       Manage images\n  network     Manage networks\n  swarm       Manage Swarm\n");
        sb.Append("\nRun 'docker COMMAND --help' for more information on a command.\n");
        return sb.ToString();
    }

    public static string Group(string group)
    {
        var sb = new StringBuilder($"\nUsage:  docker {group} COMMAND\n\nCommands:\n");
        foreach (var c in DockerCli.Commands.Where(c => c.Path.StartsWith($"docker {group} ", StringComparison.Ordinal)))
        {
            sb.Append($"  {c.Name,-11} {c.Short}\n");
        }

        sb.Append($"\nRun 'docker {group} COMMAND --help' for more information on a command.\n");
        return sb.ToString();
    }

    public static string For(CommandDef command)
    {
        var sb = new StringBuilder($"\nUsage:  {command.Usage}\n\n{command.Short}\n");
        if (command.Aliases.Count > 0)
        {
            sb.Append($"\nAliases:\n  {command.Path[..command.Path.LastIndexOf(' ')]} {string.Join(", ", [command.Name, .. command.Aliases])}\n");
        }

        if (command.Flags.Count > 0)
        {
            sb.Append("\nOptions:\n");
            foreach (var f in command.Flags)
            {
                var name = f.Shorthand is { } s ? $"-{s}, --{f.Name}" : $"    --{f.Name}";
                sb.Append($"  {name}{(f.Kind == Flags.FlagKind.Bool ? "" : " string")}\n");
            }
        }

        return sb.ToString();
    }
}
