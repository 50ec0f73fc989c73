using LabHost.Bench;

// Times the lecture 5.2 walk-through in fresh simulated workspaces (and on a real engine when one
// is reachable), measures what a workspace retains, and says what it ran on. Prints; asserts nothing.
var options = BenchOptions.Parse(args);
var script = WalkThrough.Load(options.ScriptPath);

Console.WriteLine(MachineInfo.Describe());
Console.WriteLine($"Script: {script.Path} ({script.Lines.Count} lines)");
Console.WriteLine();

var simulated = SimulatedBench.Time(script, options.Warmup, options.Iterations);
Console.WriteLine(simulated.Format($"Simulated walk-through ({options.Iterations} iterations after {options.Warmup} warm-up)"));
Console.WriteLine($"  CPU time per walk-through (process, all threads): {Timings.Ms(SimulatedBench.CpuPerRun.TotalMilliseconds)}");
Console.WriteLine(SimulatedBench.LineBreakdown(script, options.Iterations));

var retained = SimulatedBench.RetainedBytesPerWorkspace(script, options.Workspaces);
Console.WriteLine($"Retained memory per workspace ({options.Workspaces} held after the walk-through): {retained / 1024.0:0.0} KB");
Console.WriteLine();

Console.WriteLine(await GradingBench.RunAsync(Path.Combine(Path.GetDirectoryName(script.Path)!, "docker-networking"), 10_000));
Console.WriteLine(await WorkspaceStartBench.SimulatedAsync(options.WorkspaceStarts * 10));
if (options.DockerWorkspacesHost is { } workspacesHost)
{
    var state = Directory.CreateTempSubdirectory("labhost-bench.");
    Console.WriteLine(await WorkspaceStartBench.DockerAsync(
        new LabHost.Workspaces.Docker.DockerWorkspaceOptions { Endpoint = new Uri(workspacesHost), StateDirectory = state.FullName, Instance = "labhost-bench" },
        script,
        options.WorkspaceStarts));
    state.Delete(recursive: true);
}
else
{
    Console.WriteLine("Docker workspaces: not measured (give --docker-workspaces-host, or run bench/docker-workspaces.sh).");
}

Console.WriteLine();

if (RealDockerBench.FindHost(options.RealDockerHost) is not { } host)
{
    Console.WriteLine("Real Docker engine: not reachable (no DOCKER_HOST, no /var/run/docker.sock, no --real-docker-host).");
    return 0;
}

if (RealDockerBench.Ping(host) is { } why)
{
    Console.WriteLine($"Real Docker engine at {host}: not reachable ({why}).");
    return 0;
}

var real = RealDockerBench.Time(host, script, options.RealIterations);
Console.WriteLine(real.Format($"Real engine at {host} ({options.RealIterations} iterations after 1 warm-up, docker CLI per line)"));
Console.WriteLine();
Console.WriteLine(Timings.SideBySide(simulated, real));
return 0;
