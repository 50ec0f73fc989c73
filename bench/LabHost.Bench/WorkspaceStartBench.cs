using System.Diagnostics;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using LabHost.Workspaces;
using LabHost.Workspaces.Docker;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Bench;

/// <summary>
/// Workspace start-up and memory, simulated beside Docker-in-Docker: cold start (a new workspace
/// until its terminal shows the prompt), warm-pool start (the same with a booted one waiting), and
/// memory per workspace (the container's cgroup memory usage, as `docker stats` reads it, idle and
/// after the walk-through; for the simulated one the managed heap it holds).
/// </summary>
public static class WorkspaceStartBench
{
    private const string Prompt = "root@labhost:~# ";

    public static async Task<string> SimulatedAsync(int count)
    {
        var provider = new SimulatedWorkspaceProvider();
        var samples = new List<TimeSpan>();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await using var workspace = await provider.CreateAsync(new WorkspaceOptions { Owner = "bench" });
            await WaitForPromptAsync(workspace);
            samples.Add(Stopwatch.GetElapsedTime(start));
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = new List<IWorkspace>();
        for (var i = 0; i < 200; i++)
        {
            held.Add(await provider.CreateAsync(new WorkspaceOptions { Owner = "bench" }));
        }

        var perWorkspace = (GC.GetTotalMemory(forceFullCollection: true) - before) / 200.0;
        GC.KeepAlive(held);
        return new Timings(samples).Format($"Simulated workspace start to prompt ({count} runs)") +
            $"\n  memory per idle simulated workspace (managed heap, 200 held): {perWorkspace / 1024:0.0} KB";
    }

    public static async Task<string> DockerAsync(DockerWorkspaceOptions options, WalkThrough script, int count)
    {
        var sb = new StringBuilder();
        await using (var cold = new DockerWorkspaceProvider(options with { PoolSize = 0 }))
        {
            await cold.StartAsync();
            var samples = new List<TimeSpan>();
            var memory = new List<(long Idle, long AfterWalk)>();
            for (var i = 0; i < count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await using var workspace = (DockerWorkspace)await cold.CreateAsync(new WorkspaceOptions { Owner = "bench" });
                await WaitForPromptAsync(workspace);
                samples.Add(Stopwatch.GetElapsedTime(start));
                await Task.Delay(TimeSpan.FromSeconds(2));
                var idle = await MemoryAsync(options.Endpoint, workspace.ContainerId!);
                await workspace.RunScriptAsync(string.Join('\n', script.Lines));
                memory.Add((idle, await MemoryAsync(options.Endpoint, workspace.ContainerId!)));
            }

            sb.AppendLine(new Timings(samples).Format($"Docker workspace cold start to prompt ({count} runs, no pool)"));
            sb.AppendLine($"  memory per Docker workspace (cgroup usage): idle {Mib(memory.Average(m => m.Idle))}, after the walk-through {Mib(memory.Average(m => m.AfterWalk))}");
        }

        await using (var warm = new DockerWorkspaceProvider(options with { PoolSize = 1 }))
        {
            var samples = new List<TimeSpan>();
            for (var i = 0; i < count; i++)
            {
                await warm.WhenPoolFullAsync();
                var start = Stopwatch.GetTimestamp();
                await using var workspace = await warm.CreateAsync(new WorkspaceOptions { Owner = "bench" });
                await WaitForPromptAsync(workspace);
                samples.Add(Stopwatch.GetElapsedTime(start));
            }

            sb.Append(new Timings(samples).Format($"Docker workspace warm-pool start to prompt ({count} runs, pool of 1 refilled between runs)"));
        }

        return sb.ToString();
    }

    private static string Mib(double bytes) => $"{bytes / (1 << 20):0.0} MiB";

    private static async Task<long> MemoryAsync(Uri endpoint, string containerId)
    {
        using var client = new DockerClientBuilder().WithEndpoint(endpoint).WithApiVersion(new System.Version(1, 41)).Build();
        ContainerStatsResponse? stats = null;
        await client.Containers.GetContainerStatsAsync(containerId, new ContainerStatsParameters { Stream = false }, new Progress<ContainerStatsResponse>(r => stats = r), CancellationToken.None);
        await Task.Delay(50);
        if (stats is null)
        {
            return 0;
        }

        var usage = (long)(stats.MemoryStats?.Usage ?? 0);
        // As `docker stats` does on cgroup v1: page cache that can be dropped is not the workspace's.
        var cache = stats.MemoryStats?.Stats is { } s && s.TryGetValue("total_inactive_file", out var inactive) ? (long)inactive : 0;
        return usage - cache;
    }

    private static async Task WaitForPromptAsync(IWorkspace workspace)
    {
        await using var terminal = await workspace.OpenTerminalAsync();
        if (Encoding.UTF8.GetString(terminal.Screen.Span).EndsWith(Prompt, StringComparison.Ordinal))
        {
            return;
        }

        var seen = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var chunk in terminal.ReadOutputAsync(timeout.Token))
        {
            seen.Append(Encoding.UTF8.GetString(chunk.Span));
            if (seen.ToString().EndsWith(Prompt, StringComparison.Ordinal))
            {
                return;
            }
        }
    }
}
