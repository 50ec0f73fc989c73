using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>tail [-n N | -N | -n +N] [FILE]... (no -f: a simulated file never grows while read).</summary>
public sealed class TailProgram(ShellDialect dialect) : IProgram
{
    public Task<int> RunAsync(ProcessContext context) => HeadTail.RunAsync(context, dialect, tail: true);
}
