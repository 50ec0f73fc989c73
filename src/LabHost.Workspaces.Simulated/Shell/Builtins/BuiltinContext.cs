using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>A builtin's process view plus the shell it changes.</summary>
internal sealed class BuiltinContext(ProcessContext process, ShellInterpreter shell, bool inPipeline)
{
    public ProcessContext Process { get; } = process;

    public ShellInterpreter Shell { get; } = shell;

    public ShellState State => Shell.State;

    public IReadOnlyList<string> Args => Process.Args;

    /// <summary>Pipeline stages run in subshells: `cd /tmp | cat` changes nothing.</summary>
    public bool InPipeline { get; } = inPipeline;

    public bool ExitRequested { get; set; }

    public string Prefix => ShellMessages.Name(State.Dialect);

    public bool IsAsh => State.Dialect == ShellDialect.Ash;
}
