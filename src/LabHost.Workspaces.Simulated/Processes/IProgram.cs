namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>
/// A program a simulated shell can run: a busybox applet, a host tool or the docker CLI.
/// Implementations are stateless singletons; everything a run needs comes in the context.
/// </summary>
public interface IProgram
{
    /// <summary>Runs to completion and returns the exit status, as a process would.</summary>
    Task<int> RunAsync(ProcessContext context);
}
