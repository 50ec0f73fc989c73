using System.Text;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Runs a line with nothing attached: what a script runner or a grader check needs.</summary>
public sealed partial class ShellInterpreter
{
    /// <summary>Runs one command line (stdin empty unless given) and returns everything it wrote.</summary>
    public async Task<CapturedRun> RunCapturedAsync(string line, string stdin = "", CancellationToken cancellation = default)
    {
        var output = new StringBuilder();
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var streams = new ShellStreams(new StringReader(stdin), new CapturingWriter(stdout, output), new CapturingWriter(stderr, output));
        var result = await RunAsync(line, streams, cancellation);
        return new CapturedRun(output.ToString(), stdout.ToString(), stderr.ToString(), result.ExitStatus, result.ExitRequested);
    }
}
