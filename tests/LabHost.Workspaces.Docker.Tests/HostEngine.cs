using System.Diagnostics;
using Docker.DotNet;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// A host Docker engine of the tests' own, started by tools/refdocker/start.sh (an isolated
/// dockerd in its own network namespace), with the workspace image built into it by
/// tools/workspace-image/build.sh; stopped and removed by stop.sh. The tests never touch an engine
/// they did not start. Not being able to start it fails the tests. Only on a machine without
/// dockerd, and not in CI, the project is not a test project at all (see its .csproj).
/// </summary>
public sealed class HostEngine : IAsyncLifetime
{
    private int providers;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("labhost-dt.").FullName;

    public string EngineDirectory => Path.Combine(Directory, "engine");

    public Uri Endpoint => new("unix://" + Path.Combine(EngineDirectory, "docker.sock"));

    public static string RepositoryRoot { get; } = FindRoot();

    public async Task InitializeAsync()
    {
        var started = Stopwatch.StartNew();
        await RunAsync("bash", [Path.Combine(RepositoryRoot, "tools/refdocker/start.sh"), EngineDirectory], TimeSpan.FromMinutes(3));
        await RunAsync("bash", [Path.Combine(RepositoryRoot, "tools/workspace-image/build.sh"), "--engine", Endpoint.ToString()], TimeSpan.FromMinutes(5));
        Console.Error.WriteLine($"HostEngine: engine and workspace image ready in {started.Elapsed.TotalSeconds:0.0} s");
    }

    public async Task DisposeAsync()
    {
        await RunAsync("bash", [Path.Combine(RepositoryRoot, "tools/refdocker/stop.sh"), EngineDirectory], TimeSpan.FromMinutes(2));
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>
    /// Options for a provider on this engine, with an instance name of its own (so its leftover
    /// sweep spares the others), and the engine namespace's name server (start.sh's 10.0.2.3).
    /// </summary>
    public DockerWorkspaceOptions Options(string? instance = null) => new()
    {
        Endpoint = Endpoint,
        StateDirectory = Path.Combine(Directory, "state"),
        Instance = instance ?? "t" + Interlocked.Increment(ref providers),
        MemoryBytes = 768L << 20,
        PidsLimit = 1024,
        Dns = ["10.0.2.3"],
    };

    /// <summary>A client of the host engine, to look at workspace containers from outside.</summary>
    public DockerClient Client() => new DockerClientBuilder().WithEndpoint(Endpoint).WithApiVersion(new System.Version(1, 41)).Build();

    /// <summary>
    /// Restarts the engine's dockerd the way a host reboot of the engine would: SIGTERM (its
    /// containers stop with it, as live-restore is off), then the same launcher start.sh wrote.
    /// </summary>
    public async Task RestartAsync()
    {
        var pid = int.Parse((await File.ReadAllTextAsync(Path.Combine(EngineDirectory, "dockerd.pid"))).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var netns = (await File.ReadAllTextAsync(Path.Combine(EngineDirectory, "netns"))).Trim();
        using (var dockerd = Process.GetProcessById(pid))
        {
            dockerd.Kill(entireProcessTree: false);
            await dockerd.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        File.Delete(Path.Combine(EngineDirectory, "dockerd.pid"));
        var launch = $"setsid ip netns exec '{netns}' unshare --uts --mount --propagation private '{EngineDirectory}/run-dockerd.sh' >> '{EngineDirectory}/dockerd.log' 2>&1 < /dev/null & echo $! > '{EngineDirectory}/launcher.pid'";
        await RunAsync("bash", ["-c", launch], TimeSpan.FromSeconds(30));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await RunAsync("/usr/local/bin/docker", ["-H", Endpoint.ToString(), "version"], TimeSpan.FromSeconds(10));
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(300);
            }
        }
    }

    public static async Task<string> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} took longer than {timeout}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}:\n{await stderr}");
        }

        return await stdout;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tools", "refdocker", "start.sh")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("tools/refdocker not found above " + AppContext.BaseDirectory);
    }
}
