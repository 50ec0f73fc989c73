namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>A command the shell runs itself because it reads or changes the shell's own state.</summary>
internal interface IShellBuiltin
{
    Task<int> RunAsync(BuiltinContext context);
}
