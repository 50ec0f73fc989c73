using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>A builtin that behaves exactly like its program (echo, true, false, :).</summary>
internal sealed class ProgramBuiltin(IProgram program) : IShellBuiltin
{
    public Task<int> RunAsync(BuiltinContext context) => program.RunAsync(context.Process);
}
