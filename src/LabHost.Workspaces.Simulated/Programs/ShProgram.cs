using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs;

/// <summary>
/// `sh -c 'cmd'` and `sh` reading a script from stdin: a child shell on the same machine.
/// </summary>
public sealed class ShProgram(ShellDialect dialect) : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var state = ShellState.Create(dialect, context.Machine.Hostname);
        var shell = new ShellInterpreter(context.Machine, state, clock: context.Clock);
        var streams = new ShellStreams(TextReader.Null, context.Stdout, context.Stderr, context.Terminal);
        var name = dialect == ShellDialect.Ash ? "sh" : "bash";
        if (context.Args.Count >= 2 && context.Args[1] == "-c")
        {
            if (context.Args.Count < 3)
            {
                await context.Stderr.WriteLineAsync($"{name}: -c: option requires an argument");
                return 2;
            }

            return (await shell.RunAsync(context.Args[2], streams, context.Cancellation)).ExitStatus;
        }

        var status = 0;
        while (await context.Stdin.ReadLineAsync(context.Cancellation) is { } line)
        {
            var result = await shell.RunAsync(line, streams, context.Cancellation);
            status = result.ExitStatus;
            if (result.ExitRequested)
            {
                break;
            }
        }

        return status;
    }
}
