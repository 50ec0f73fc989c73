namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>cd [dir | -]; sets PWD and OLDPWD.</summary>
internal sealed class CdBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        var state = context.State;
        var argument = context.Args.Count > 1 ? context.Args[1] : state.Variables.GetValueOrDefault("HOME", "/");
        var printNew = argument == "-";
        if (printNew)
        {
            argument = state.Variables.GetValueOrDefault("OLDPWD", state.WorkingDirectory);
        }

        var target = Processes.PathNames.Combine(state.WorkingDirectory, argument);
        var files = context.Process.Machine.Files;
        if (!files.IsDirectory(target))
        {
            var reason = files.Exists(target) ? "Not a directory" : "No such file or directory";
            await context.Process.Stderr.WriteLineAsync(context.IsAsh
                ? $"sh: cd: can't cd to {argument}: {reason}"
                : $"bash: cd: {argument}: {reason}");
            return context.IsAsh ? 2 : 1;
        }

        if (context.InPipeline)
        {
            return 0;
        }

        state.Variables["OLDPWD"] = state.WorkingDirectory;
        state.WorkingDirectory = target;
        state.Variables["PWD"] = target;
        if (printNew)
        {
            await context.Process.Stdout.WriteLineAsync(target);
        }

        return 0;
    }
}
