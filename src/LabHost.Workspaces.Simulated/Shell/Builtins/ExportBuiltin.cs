namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>export [NAME[=value]...]; without names lists the exported variables.</summary>
internal sealed class ExportBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        var state = context.State;
        if (context.Args.Count == 1)
        {
            foreach (var name in state.Exported.Where(state.Variables.ContainsKey).Order(StringComparer.Ordinal))
            {
                var value = state.Variables[name];
                await context.Process.Stdout.WriteLineAsync(context.IsAsh
                    ? $"export {name}={SetBuiltin.Quote(value)}"
                    : $"declare -x {name}=\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
            }

            return 0;
        }

        var status = 0;
        foreach (var argument in context.Args.Skip(1).Where(a => a != "-p"))
        {
            var equals = argument.IndexOf('=');
            var name = equals < 0 ? argument : argument[..equals];
            if (name.Length == 0 || char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                await context.Process.Stderr.WriteLineAsync(context.IsAsh
                    ? $"sh: export: bad variable name: {argument}"
                    : $"bash: export: `{argument}': not a valid identifier");
                status = context.IsAsh ? 2 : 1;
                continue;
            }

            if (equals >= 0)
            {
                state.Variables[name] = argument[(equals + 1)..];
            }

            state.Exported.Add(name);
        }

        return status;
    }
}
