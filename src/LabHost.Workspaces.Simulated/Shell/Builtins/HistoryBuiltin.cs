using System.Globalization;

namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>history: ash numbers from 0 ("%4d %s"), bash from 1 ("%5d  %s").</summary>
internal sealed class HistoryBuiltin : IShellBuiltin
{
    public async Task<int> RunAsync(BuiltinContext context)
    {
        var history = context.State.History;
        for (var i = 0; i < history.Count; i++)
        {
            var line = context.IsAsh
                ? string.Format(CultureInfo.InvariantCulture, "{0,4} {1}", i, history[i].Line)
                : string.Format(CultureInfo.InvariantCulture, "{0,5}  {1}", i + 1, history[i].Line);
            await context.Process.Stdout.WriteLineAsync(line);
        }

        return 0;
    }
}
