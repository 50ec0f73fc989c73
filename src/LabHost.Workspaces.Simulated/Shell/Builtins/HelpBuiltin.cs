namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>help: the builtins, laid out the way ash's help lists them.</summary>
internal sealed class HelpBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        var names = context.Shell.BuiltinNames.Order(StringComparer.Ordinal).ToList();
        var output = context.Process.Stdout;
        if (context.IsAsh)
        {
            await output.WriteLineAsync("Built-in commands:\n------------------");
            await output.WriteLineAsync("\t" + string.Join(' ', names));
        }
        else
        {
            await output.WriteLineAsync("These shell commands are defined internally.  Type `help' to see this list.\n");
            await output.WriteLineAsync(string.Join('\n', names.Select(n => " " + n)));
        }

        return 0;
    }
}
