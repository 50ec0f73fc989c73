using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell.Builtins;
using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// Runs command lines on a <see cref="Machine"/> with a <see cref="ShellState"/>: builtins, the
/// machine's programs, pipes, redirections, &amp;&amp; || ;. Never throws for anything a program
/// or the user does. Not safe for concurrent use: one line at a time.
/// </summary>
public sealed partial class ShellInterpreter
{
    private readonly IReadOnlyDictionary<string, IShellBuiltin> builtins;

    public ShellInterpreter(Machine machine, ShellState state, ShellLimits? limits = null, ProcessClock? clock = null)
    {
        Machine = machine;
        State = state;
        Limits = limits ?? ShellLimits.Default;
        Clock = clock ?? ProcessClock.Real;
        builtins = BuiltinTable.For(state.Dialect);
    }

    public Machine Machine { get; }

    public ShellState State { get; }

    public ShellLimits Limits { get; }

    public ProcessClock Clock { get; }

    public ShellDialect Dialect => State.Dialect;

    /// <summary>Builtin names, for `help` and completion.</summary>
    public IEnumerable<string> BuiltinNames => builtins.Keys;

    /// <summary>Parses and runs one command line (continuation lines joined by \n); sets $?.</summary>
    public async Task<ShellRunResult> RunAsync(string line, ShellStreams streams, CancellationToken cancellation = default)
    {
        var budget = new OutputBudget(Limits.MaxOutputChars);
        var notice = $"\n{ShellMessages.Name(Dialect)}: output truncated after {Limits.MaxOutputChars} characters\n";
        var limited = streams with
        {
            Stdout = new LimitedWriter(streams.Stdout, budget, notice),
            Stderr = new LimitedWriter(streams.Stderr, budget, notice),
        };
        var run = new RunState(limited, cancellation, new OutputBudget(Limits.MaxOutputChars));
        ShellRunResult result;
        try
        {
            result = await RunLineAsync(line, run);
        }
        catch (OutputLimitExceededException)
        {
            if (run.SubstitutionBudget.Spent && !budget.Spent)
            {
                await streams.Stderr.WriteLineAsync($"{ShellMessages.Name(Dialect)}: command substitution: output exceeds {Limits.MaxOutputChars} characters");
            }

            result = new ShellRunResult(1, false);
        }

        State.LastStatus = result.ExitStatus;
        return result;
    }

    private async Task<ShellRunResult> RunLineAsync(string line, RunState run)
    {
        if (line.Length > Limits.MaxLineLength)
        {
            await run.Streams.Stderr.WriteLineAsync($"{ShellMessages.Name(Dialect)}: line too long ({line.Length} characters; the limit is {Limits.MaxLineLength})");
            return new ShellRunResult(2, false);
        }

        var parsed = ShellParser.Parse(line, Limits.MaxSubstitutionDepth);
        if (parsed is not Parsed { Commands: var list })
        {
            await run.Streams.Stderr.WriteLineAsync(ShellMessages.Syntax(Dialect, parsed));
            return new ShellRunResult(2, false);
        }

        return await RunListAsync(list, run);
    }

    private async Task<ShellRunResult> RunListAsync(CommandList list, RunState run)
    {
        var status = State.LastStatus;
        foreach (var item in list.Items)
        {
            if (item.Operator == ListOperator.And && status != 0 || item.Operator == ListOperator.Or && status == 0)
            {
                continue;
            }

            try
            {
                status = await RunPipelineAsync(item.Pipeline, run);
            }
            catch (ShellExpansionException failure)
            {
                // A failed expansion abandons the rest of the line, as in ash and bash.
                await run.Streams.Stderr.WriteLineAsync(failure.Message);
                State.LastStatus = Dialect == ShellDialect.Ash ? 2 : 1;
                return new ShellRunResult(State.LastStatus, false);
            }

            State.LastStatus = status;
            if (run.ExitRequested || run.Cancellation.IsCancellationRequested)
            {
                break;
            }
        }

        return new ShellRunResult(status, run.ExitRequested);
    }

    private async Task<int> RunPipelineAsync(Pipeline pipeline, RunState run)
    {
        var count = pipeline.Commands.Count;
        if (count > Limits.MaxPipelineLength)
        {
            await run.Streams.Stderr.WriteLineAsync($"{ShellMessages.Name(Dialect)}: pipeline too long ({count} commands; the limit is {Limits.MaxPipelineLength})");
            return 2;
        }

        var stdin = run.Streams.Stdin;
        var status = 0;
        for (var i = 0; i < count; i++)
        {
            // Stages run one after another; each one's output is the next one's input.
            var last = i == count - 1;
            var pipe = last ? null : new StringWriter();
            var stdout = pipe is null ? run.Streams.Stdout
                : new LimitedWriter(pipe, new OutputBudget(Limits.MaxOutputChars), "");
            try
            {
                status = await RunCommandAsync(pipeline.Commands[i], stdin, stdout, run, inPipeline: count > 1);
            }
            catch (OutputLimitExceededException) when (!last && !run.SubstitutionBudget.Spent)
            {
                status = 141;
            }

            if (pipe is not null)
            {
                stdin = new StringReader(pipe.ToString());
            }
        }

        return status;
    }

    private sealed class RunState(ShellStreams streams, CancellationToken cancellation, OutputBudget substitutionBudget)
    {
        public ShellStreams Streams { get; } = streams;

        public CancellationToken Cancellation { get; } = cancellation;

        /// <summary>What all command substitutions of one line, at every depth, may capture together.</summary>
        public OutputBudget SubstitutionBudget { get; } = substitutionBudget;

        public bool ExitRequested { get; set; }
    }
}
