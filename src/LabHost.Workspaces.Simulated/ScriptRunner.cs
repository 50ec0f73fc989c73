using System.Text;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated;

/// <summary>
/// Runs command lines at the host prompt of one simulated host, without a terminal (like a
/// script: `docker run -it` says the input device is not a TTY), and writes the transcript in
/// the `labhost run` format: "$ line", what it printed, "[exit N]" when N is not 0.
/// </summary>
public sealed class ScriptRunner
{
    private readonly ShellInterpreter shell;

    public ScriptRunner(SimulatedHost? host = null)
    {
        Host = host ?? new SimulatedHost(clock: new SimulatedClock(DateTimeOffset.UtcNow));
        shell = new ShellInterpreter(Host.Host, ShellState.Create(ShellDialect.Bash, Host.Host.Hostname), clock: Host.Clock);
    }

    public SimulatedHost Host { get; }

    /// <summary>The lines run so far with their exit status, as a workspace records them for the grader.</summary>
    public List<LabHost.Workspaces.Snapshots.CommandRecord> Commands { get; } = [];

    /// <summary>The lines of a script file that are commands: not blank, not starting with #.</summary>
    public static IEnumerable<string> CommandLines(string script) =>
        script.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    public async Task<string> RunLineAsync(string line)
    {
        var run = await shell.RunCapturedAsync(line);
        Commands.Add(new LabHost.Workspaces.Snapshots.CommandRecord(line, null, run.ExitStatus, Host.Clock.Now));
        var sb = new StringBuilder("$ ").Append(line).Append('\n').Append(run.Output);
        if (run.Output.Length > 0 && run.Output[^1] != '\n')
        {
            sb.Append('\n');
        }

        if (run.ExitStatus != 0)
        {
            sb.Append($"[exit {run.ExitStatus}]\n");
        }

        return sb.ToString();
    }

    public async Task<string> RunScriptAsync(string script)
    {
        var sb = new StringBuilder();
        foreach (var line in CommandLines(script))
        {
            sb.Append(await RunLineAsync(line));
        }

        return sb.ToString();
    }
}
