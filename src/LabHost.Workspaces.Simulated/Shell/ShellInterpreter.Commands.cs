using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell.Builtins;
using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>One simple command: expansion, redirections, then a builtin or a program.</summary>
public sealed partial class ShellInterpreter
{
    private async Task<int> RunCommandAsync(SimpleCommand command, TextReader stdin, TextWriter stdout, RunState run, bool inPipeline)
    {
        var expander = new WordExpander(State, commands => SubstituteAsync(commands, stdin, run), Limits.MaxOutputChars);
        var argv = await expander.ExpandAllAsync(command.Words);
        var assignments = new List<(string Name, string Value)>();
        foreach (var assignment in command.Assignments)
        {
            assignments.Add((assignment.Name, await expander.ExpandSingleAsync(assignment.Value)));
        }

        var fds = new FileDescriptors(stdin, stdout, run.Streams.Stderr);
        if (!await ApplyRedirectionsAsync(command.Redirections, fds, run.Streams.Stderr, expander))
        {
            return 1;
        }

        try
        {
            if (argv.Count == 0)
            {
                foreach (var (name, value) in assignments)
                {
                    State.Variables[name] = value;
                }

                // POSIX: a command with no name has the status of its last command substitution.
                return expander.LastSubstitutionStatus ?? 0;
            }

            var environment = State.Environment();
            foreach (var (name, value) in assignments)
            {
                environment[name] = value;
            }

            var context = new ProcessContext
            {
                Args = argv,
                Stdin = fds.Stdin,
                Stdout = fds.Stdout,
                Stderr = fds.Stderr,
                Machine = Machine,
                Cancellation = run.Cancellation,
                Terminal = inPipeline ? null : run.Streams.Terminal,
                Environment = environment,
                WorkingDirectory = State.WorkingDirectory,
                Clock = Clock,
            };
            return await InvokeAsync(context, run, inPipeline);
        }
        finally
        {
            fds.FlushFiles(Machine.Files);
        }
    }

    private async Task<int> InvokeAsync(ProcessContext context, RunState run, bool inPipeline)
    {
        var name = context.Args[0];
        try
        {
            if (builtins.TryGetValue(name, out var builtin))
            {
                var builtinContext = new BuiltinContext(context, this, inPipeline);
                var status = await builtin.RunAsync(builtinContext);
                run.ExitRequested |= builtinContext.ExitRequested && !inPipeline;
                return status;
            }

            if (!TryFindProgram(name, out var program))
            {
                await context.Stderr.WriteLineAsync(ShellMessages.NotFound(Dialect, name));
                return 127;
            }

            return await program.RunAsync(context);
        }
        catch (OperationCanceledException) when (run.Cancellation.IsCancellationRequested)
        {
            return 130;
        }
        catch (OutputLimitExceededException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug in a simulated program must not take the workspace down.
            await context.Stderr.WriteLineAsync($"{ShellMessages.Name(Dialect)}: {name}: internal error: {ex.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    /// <summary>Finds a program by name or by a path like /bin/cat or /usr/bin/cat.</summary>
    public bool TryFindProgram(string name, out IProgram program)
    {
        if (!name.Contains('/'))
        {
            return Machine.Programs.TryGet(name, out program);
        }

        var directory = PathNames.Parent(PathNames.Combine(State.WorkingDirectory, name));
        var isBinDirectory = directory is "/bin" or "/sbin" or "/usr/bin" or "/usr/sbin" or "/usr/local/bin";
        program = null!;
        return isBinDirectory && Machine.Programs.TryGet(PathNames.FileName(name), out program);
    }
}
