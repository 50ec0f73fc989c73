using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>hostname: prints the machine's name; setting it is refused as in an unprivileged container.</summary>
public sealed class HostnameProgram : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var operands = context.Args.Skip(1).Where(a => !a.StartsWith('-')).ToList();
        if (operands.Count > 0)
        {
            await context.Stderr.WriteLineAsync("hostname: sethostname: Operation not permitted");
            return 1;
        }

        await context.Stdout.WriteLineAsync(context.Machine.Hostname);
        return 0;
    }
}
