namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>unset NAME...</summary>
internal sealed class UnsetBuiltin : IShellBuiltin
{
    public Task<int> RunAsync(BuiltinContext context)
    {
        foreach (var name in context.Args.Skip(1).Where(a => !a.StartsWith('-')))
        {
            context.State.Variables.Remove(name);
            context.State.Exported.Remove(name);
        }

        return Task.FromResult(0);
    }
}
