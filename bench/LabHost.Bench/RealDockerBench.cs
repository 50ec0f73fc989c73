using System.Diagnostics;

namespace LabHost.Bench;

/// <summary>
/// The same walk-through on a real engine through the docker CLI, one process per line (as a
/// student's shell runs it), with the walk-through's containers and networks removed around each run.
/// </summary>
public static class RealDockerBench
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    /// <summary>--real-docker-host, else DOCKER_HOST, else the default socket if it exists.</summary>
    public static string? FindHost(string? option)
    {
        if (!string.IsNullOrEmpty(option))
        {
            return option;
        }

        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        return File.Exists("/var/run/docker.sock") ? "unix:///var/run/docker.sock" : null;
    }

    /// <summary>Null when the engine answers; otherwise why not.</summary>
    public static string? Ping(string host)
    {
        try
        {
            var (status, output) = Shell(host, "docker version --format '{{.Server.Version}}'");
            return status == 0 ? null : output.Trim().Split('\n')[^1];
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "cannot start the docker CLI: " + e.Message;
        }
    }

    public static Timings Time(string host, WalkThrough script, int iterations)
    {
        var samples = new List<TimeSpan>();
        for (var i = -1; i < iterations; i++)
        {
            CleanUp(host);
            var start = Stopwatch.GetTimestamp();
            foreach (var line in script.Lines)
            {
                Shell(host, line);
            }

            // The first run pulls the image and fills caches: warm-up only.
            if (i >= 0)
            {
                samples.Add(Stopwatch.GetElapsedTime(start));
            }
        }

        CleanUp(host);
        return new Timings(samples);
    }

    private static void CleanUp(string host) =>
        Shell(host, "docker rm -f network-explorer; docker network rm user-network user-network2");

    private static (int Status, string Output) Shell(string host, string line)
    {
        var start = new ProcessStartInfo("sh", ["-c", line + " 2>&1"]) { RedirectStandardOutput = true };
        start.Environment["DOCKER_HOST"] = host;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sh did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out: " + line);
        }

        return (process.ExitCode, output.GetAwaiter().GetResult());
    }
}
