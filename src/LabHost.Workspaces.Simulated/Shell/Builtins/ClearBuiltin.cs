namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>clear: asks the terminal, or writes the escape sequences when there is none.</summary>
internal sealed class ClearBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        if (context.Process.Terminal is { } terminal)
        {
            terminal.Clear();
        }
        else
        {
            await context.Process.Stdout.WriteAsync("\u001b[H\u001b[J");
        }

        return 0;
    }
}
