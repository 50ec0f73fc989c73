using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Command substitution: the commands run in a subshell and their stdout is captured.</summary>
public sealed partial class ShellInterpreter
{
    /// <summary>
    /// Runs <paramref name="commands"/> on a copy of the state (so cd, assignments and exit stay
    /// inside), reading the command's stdin and writing errors to its stderr, as a forked sh does.
    /// The captured output counts against the line's substitution budget; when it is spent the
    /// line stops (<see cref="OutputLimitExceededException"/> reaches <see cref="RunAsync"/>).
    /// </summary>
    private async Task<(string Output, int Status)> SubstituteAsync(CommandList commands, TextReader stdin, RunState run)
    {
        var subshell = new ShellInterpreter(Machine, State.CopyForSubshell(), Limits, Clock);
        var captured = new StringWriter();
        var streams = new ShellStreams(stdin, new LimitedWriter(captured, run.SubstitutionBudget, ""), run.Streams.Stderr);
        var result = await subshell.RunListAsync(commands, new RunState(streams, run.Cancellation, run.SubstitutionBudget));
        return (captured.ToString(), result.ExitStatus);
    }
}
