using System.Text;
using System.Text.RegularExpressions;
using Docker.DotNet.Models;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// `labhost run`: a command line run as a script runs it, without a terminal, on the workspace's
/// host, the way tests/fidelity/capture.sh runs it against a reference engine (a clean
/// environment, stdin from /dev/null, stdout and stderr merged, CR LF as LF, colour codes
/// removed). Not recorded for the grader.
/// </summary>
public sealed partial class DockerWorkspace
{
    private static readonly string[] ScriptEnvironment =
    [
        "PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "DOCKER_CONFIG=/root/.docker-script",
        "NO_COLOR=1", "LANG=C.UTF-8", "TERM=dumb",
    ];

    /// <summary>Runs one line with bash -c; returns what it printed and its exit status.</summary>
    public async Task<(string Output, int ExitStatus)> RunScriptLineAsync(string line, TimeSpan timeout, CancellationToken cancellation = default)
    {
        var current = Current();
        var exec = await host.Client.Exec.CreateContainerExecAsync(
            current.ContainerId,
            new ContainerExecCreateParameters
            {
                AttachStdout = true,
                AttachStderr = true,
                Env = [.. ScriptEnvironment],
                WorkingDir = "/root",
                Cmd = ["timeout", "-k", "5", ((int)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "bash", "-c", "exec bash -c \"$0\" < /dev/null 2>&1", line],
            },
            cancellation);
        using var stream = await host.Client.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), cancellation);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(cancellation);
        var inspect = await host.Client.Exec.InspectContainerExecAsync(exec.ID, cancellation);
        var text = Ansi().Replace((stdout + stderr).Replace("\r\n", "\n", StringComparison.Ordinal), "");
        return (text, (int)(inspect.ExitCode ?? -1));
    }

    /// <summary>A script's lines in the `labhost run` transcript format: "$ line", output, "[exit N]" when N is not 0.</summary>
    public async Task<string> RunScriptAsync(string script, CancellationToken cancellation = default)
    {
        var transcript = new StringBuilder();
        foreach (var line in script.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')))
        {
            var (output, status) = await RunScriptLineAsync(line, TimeSpan.FromSeconds(120), cancellation);
            transcript.Append("$ ").Append(line).Append('\n').Append(output);
            if (output.Length > 0 && output[^1] != '\n')
            {
                transcript.Append('\n');
            }

            if (status != 0)
            {
                transcript.Append($"[exit {status}]\n");
            }
        }

        return transcript.ToString();
    }

    [GeneratedRegex("\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(?:\u0007|\u001b\\\\)")]
    private static partial Regex Ansi();
}
