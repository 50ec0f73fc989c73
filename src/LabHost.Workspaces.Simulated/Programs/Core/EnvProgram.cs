using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>env: prints the environment, NAME=value per line (running a command through env is not simulated).</summary>
public sealed class EnvProgram : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var clear = context.Args.Skip(1).Any(a => a is "-i" or "-");
        var environment = new SortedDictionary<string, string>(
            clear ? new Dictionary<string, string>() : context.Environment.ToDictionary(), StringComparer.Ordinal);
        foreach (var assignment in context.Args.Skip(1).Where(a => a.Contains('=')))
        {
            environment[assignment[..assignment.IndexOf('=')]] = assignment[(assignment.IndexOf('=') + 1)..];
        }

        foreach (var (name, value) in environment)
        {
            await context.Stdout.WriteLineAsync($"{name}={value}");
        }

        return 0;
    }
}
