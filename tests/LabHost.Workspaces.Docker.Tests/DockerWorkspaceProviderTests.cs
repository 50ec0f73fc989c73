using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace LabHost.Workspaces.Docker;

[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerWorkspaceProviderTests(HostEngine engine)
{
    [Fact]
    public async Task Create_Container_IsLabelledLimitedAndNotPrivileged()
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options("labels"));
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "learner-7" });
        using var client = engine.Client();

        var container = await client.Containers.InspectContainerAsync(workspace.ContainerId!);

        Assert.Equal(workspace.Id, container.Config!.Labels[WorkspaceLabels.Workspace]);
        Assert.Equal("learner-7", container.Config.Labels[WorkspaceLabels.Owner]);
        Assert.False(container.HostConfig!.Privileged);
        Assert.DoesNotContain(container.HostConfig.CapAdd, c => c.Contains("SYS_RESOURCE", StringComparison.Ordinal));
        Assert.Equal((768L << 20, 1_000_000_000L, 1024L), (container.HostConfig.Memory, container.HostConfig.NanoCPUs, container.HostConfig.PidsLimit ?? 0));
        Assert.Empty(container.HostConfig.PortBindings ?? new Dictionary<string, IList<PortBinding>>());
        Assert.Contains(container.HostConfig.Binds, b => b.EndsWith(":/run/labhost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_LearnersContainers_AreHeldByTheWorkspaceLimits()
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options());
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "cgroup" });

        // For each controller: the learner's container's cgroup (…/<workspace>/labhost-inner/<id>),
        // then the limit the kernel holds on its grandparent, the workspace container's cgroup.
        var (output, status) = await workspace.RunScriptLineAsync(
            "docker run -d --name c1 alpine:latest sleep 100 >/dev/null && pid=$(docker inspect -f '{{.State.Pid}}' c1) && " +
            "for f in memory/memory.limit_in_bytes pids/pids.max cpu/cpu.cfs_quota_us cpu/cpu.cfs_period_us; do " +
            "c=${f%%/*}; path=$(awk -F: -v c=$c '$2 ~ \"(^|,)\" c \"(,|$)\" { print $3 }' /proc/$pid/cgroup); " +
            "echo \"$path ${f#*/} $(cat /sys/fs/cgroup/$c${path%/labhost-inner/*}/${f#*/})\"; done",
            TimeSpan.FromSeconds(60));

        Assert.Equal(0, status);
        var lines = output.TrimEnd('\n').Split('\n').Select(l => l.Split(' ')).ToList();
        Assert.All(lines, l => Assert.Contains($"/{workspace.ContainerId}/labhost-inner/", l[0]));
        Assert.Equal(
            ["memory.limit_in_bytes 805306368", "pids.max 1024", "cpu.cfs_quota_us 100000", "cpu.cfs_period_us 100000"],
            lines.Select(l => l[1] + " " + l[2]));
    }

    [Fact]
    public async Task Start_LeftoversOfTheSameInstance_AreRemovedAndOthersKept()
    {
        var crashed = new DockerWorkspaceProvider(engine.Options("crashy"));
        var leftover = (DockerWorkspace)await crashed.CreateAsync(new WorkspaceOptions { Owner = "a" });
        await using var other = new DockerWorkspaceProvider(engine.Options("bystander"));
        await using var kept = (DockerWorkspace)await other.CreateAsync(new WorkspaceOptions { Owner = "b" });

        // A new server of the same instance, as after a crash of the first (never disposed).
        await using var restarted = new DockerWorkspaceProvider(engine.Options("crashy"));
        var removed = await restarted.StartAsync();

        using var client = engine.Client();
        Assert.Equal(1, removed);
        await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => client.Containers.InspectContainerAsync(leftover.ContainerId!));
        Assert.True((await client.Containers.InspectContainerAsync(kept.ContainerId!)).State!.Running);
    }

    [Fact]
    public async Task Create_WithWarmPool_TakesAReadyWorkspaceAndRefills()
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options() with { PoolSize = 1 });
        await provider.WhenPoolFullAsync();

        var clock = Stopwatch.StartNew();
        await using var workspace = await provider.CreateAsync(new WorkspaceOptions { Owner = "pooled" });
        var taken = clock.Elapsed;

        Assert.True(taken < TimeSpan.FromSeconds(2), $"a pooled workspace took {taken.TotalMilliseconds:0} ms");
        Assert.NotNull((await workspace.GetSnapshotAsync()).Network("bridge"));
        await provider.WhenPoolFullAsync();
        Assert.Equal(1, provider.PoolCount);
    }
}
