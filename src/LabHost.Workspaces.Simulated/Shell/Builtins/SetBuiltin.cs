namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>set: lists variables; options (set -e, -x, ...) are accepted and ignored.</summary>
internal sealed class SetBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        if (context.Args.Count > 1)
        {
            return 0;
        }

        foreach (var (name, value) in context.State.Variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            await context.Process.Stdout.WriteLineAsync($"{name}={Quote(value)}");
        }

        return 0;
    }

    /// <summary>Single-quotes a value the way ash's set and export print it.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\"'\"'", StringComparison.Ordinal) + "'";
}
