using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>head [-n N | -N] [FILE]...: with several files each gets a "==> name &lt;==" header.</summary>
public sealed class HeadProgram(ShellDialect dialect) : IProgram
{
    public Task<int> RunAsync(ProcessContext context) => HeadTail.RunAsync(context, dialect, tail: false);
}
