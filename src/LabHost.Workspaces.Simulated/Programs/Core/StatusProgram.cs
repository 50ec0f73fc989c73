using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>true (0) and false (1).</summary>
public sealed class StatusProgram(int status) : IProgram
{
    public Task<int> RunAsync(ProcessContext context) => Task.FromResult(status);
}
