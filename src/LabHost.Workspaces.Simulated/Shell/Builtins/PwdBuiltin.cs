namespace LabHost.Workspaces.Simulated.Shell.Builtins;

internal sealed class PwdBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        await context.Process.Stdout.WriteLineAsync(context.State.WorkingDirectory);
        return 0;
    }
}
