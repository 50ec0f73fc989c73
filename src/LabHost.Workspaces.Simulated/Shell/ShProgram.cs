using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// sh (and ash/bash): `sh -c CMD` runs CMD in a child shell; `sh` at a terminal starts a nested
/// interactive session in the foreground until it exits; `sh` reading a pipe runs it as a script.
/// The child starts from the parent's exported environment and directory, like a real fork+exec.
/// </summary>
public sealed class ShProgram(ShellDialect dialect) : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var state = new ShellState(dialect) { WorkingDirectory = context.WorkingDirectory };
        foreach (var (name, value) in context.Environment)
        {
            state.Export(name, value);
        }

        var args = context.Args;
        if (args.Count > 1 && args[1] != "-c" && args[1] != "-i" && args[1] != "-l")
        {
            await context.Stderr.WriteLineAsync($"{ShellMessages.Name(dialect)}: can't open '{args[1]}': No such file or directory");
            return dialect == ShellDialect.Ash ? 2 : 127;
        }

        if (args.Count > 1 && args[1] == "-c")
        {
            if (args.Count < 3)
            {
                await context.Stderr.WriteLineAsync($"{ShellMessages.Name(dialect)}: -c requires an argument");
                return 2;
            }

            return await RunScriptAsync(context, state, args[2]);
        }

        if (context.Terminal is IForegroundHost host)
        {
            var session = new ShellSession(context.Machine, state, new ShellSessionOptions { Clock = context.Clock });
            var result = await host.RunForegroundAsync(session, context.Cancellation);
            return result.ExitStatus;
        }

        return await RunScriptAsync(context, state, await context.Stdin.ReadToEndAsync(context.Cancellation));
    }

    private static async Task<int> RunScriptAsync(ProcessContext context, ShellState state, string script)
    {
        var shell = new ShellInterpreter(context.Machine, state, clock: context.Clock);
        var streams = new ShellStreams(context.Stdin, context.Stdout, context.Stderr, context.Terminal);
        var result = await shell.RunAsync(script, streams, context.Cancellation);
        return result.ExitStatus;
    }
}
