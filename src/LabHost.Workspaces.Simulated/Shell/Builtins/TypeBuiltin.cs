namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>type NAME... and which NAME... over builtins and the machine's programs.</summary>
internal sealed class TypeBuiltin(bool which) : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        var status = 0;
        var bin = context.IsAsh ? "/bin/" : "/usr/bin/";
        foreach (var name in context.Args.Skip(1).Where(a => !a.StartsWith('-')))
        {
            var isBuiltin = context.Shell.BuiltinNames.Contains(name) && !which;
            var isProgram = context.Shell.TryFindProgram(name, out _);
            string? line = (isBuiltin, isProgram, which) switch
            {
                (true, _, _) => $"{name} is a shell builtin",
                (_, true, true) => name.Contains('/') ? name : bin + name,
                (_, true, false) => $"{name} is {(name.Contains('/') ? name : bin + name)}",
                _ => null,
            };
            if (line is not null)
            {
                await context.Process.Stdout.WriteLineAsync(line);
                continue;
            }

            status = context.IsAsh && !which ? 127 : 1;
            if (!which)
            {
                await (context.IsAsh ? context.Process.Stdout : context.Process.Stderr).WriteLineAsync(
                    context.IsAsh ? $"{name}: not found" : $"bash: type: {name}: not found");
            }
        }

        return status;
    }
}
