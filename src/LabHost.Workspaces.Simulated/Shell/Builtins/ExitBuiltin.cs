using System.Globalization;

namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>exit [n]: ends the shell with n (mod 256) or the last status.</summary>
internal sealed class ExitBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        var status = context.State.LastStatus;
        if (context.Args.Count > 1)
        {
            if (!int.TryParse(context.Args[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out status))
            {
                if (context.IsAsh)
                {
                    // Interactive ash reports the error and stays.
                    await context.Process.Stderr.WriteLineAsync($"sh: exit: Illegal number: {context.Args[1]}");
                    return 2;
                }

                await context.Process.Stderr.WriteLineAsync($"bash: exit: {context.Args[1]}: numeric argument required");
                status = 2;
            }
        }

        context.ExitRequested = true;
        return status & 0xff;
    }
}
