using Docker.DotNet;
using Docker.DotNet.Models;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// Boots and removes workspace containers on the host engine. Never --privileged: the
/// capabilities Docker-in-Docker needs are added one by one (CAP_SYS_RESOURCE is not among them:
/// the machines this runs on do not grant it, which is why --privileged fails there), with
/// seccomp and AppArmor unconfined, /proc and /sys unmasked, the cgroup hierarchies bind-mounted
/// read-write and a tmpfs for the inner engine's data. Safe for concurrent use.
/// </summary>
internal sealed class WorkspaceHost(DockerWorkspaceOptions options, WorkspaceLimits limits, DockerClient host)
{
    /// <summary>Every capability Engine 20.10 knows except SYS_RESOURCE.</summary>
    public static readonly IReadOnlyList<string> Capabilities =
    [
        "AUDIT_CONTROL", "AUDIT_READ", "AUDIT_WRITE", "BLOCK_SUSPEND", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH",
        "FOWNER", "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL", "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE",
        "MKNOD", "NET_ADMIN", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID",
        "SYS_ADMIN", "SYS_BOOT", "SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO",
        "SYS_TIME", "SYS_TTY_CONFIG", "SYSLOG", "WAKE_ALARM",
    ];

    public DockerClient Client => host;

    public string InstanceDirectory => Path.Combine(options.StateDirectory, options.Instance);

    public string ContainerName(string workspaceId) => options.Instance + "-" + workspaceId;

    /// <summary>Creates, starts and waits for the workspace container until its inner engine holds alpine:latest.</summary>
    public async Task<WorkspaceMachine> BootAsync(string workspaceId, string owner, CancellationToken cancellation)
    {
        var directory = Path.Combine(InstanceDirectory, workspaceId);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var created = await host.Containers.CreateContainerAsync(Parameters(workspaceId, owner, directory), cancellation);
        try
        {
            await host.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellation);
            await WaitReadyAsync(created.ID, directory, cancellation);
            return new WorkspaceMachine(workspaceId, created.ID, directory);
        }
        catch
        {
            await RemoveAsync(created.ID, directory);
            throw;
        }
    }

    /// <summary>Removes the container (running or not) and its host directory; a missing one is fine.</summary>
    public async Task RemoveAsync(string containerId, string directory)
    {
        try
        {
            await host.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true, RemoveVolumes = true });
        }
        catch (DockerContainerNotFoundException)
        {
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            // "removal already in progress"
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Containers of this instance left by an earlier run of the server (a crash): found by label, removed.</summary>
    public async Task<int> RemoveLeftoversAsync(CancellationToken cancellation)
    {
        var leftovers = await host.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>>
                {
                    ["label"] = new Dictionary<string, bool> { [WorkspaceLabels.Instance + "=" + options.Instance] = true },
                },
            },
            cancellation);
        foreach (var container in leftovers)
        {
            var id = container.Labels.TryGetValue(WorkspaceLabels.Workspace, out var w) ? w : container.ID;
            await RemoveAsync(container.ID, Path.Combine(InstanceDirectory, id));
        }

        if (Directory.Exists(InstanceDirectory))
        {
            foreach (var stale in Directory.GetDirectories(InstanceDirectory))
            {
                Directory.Delete(stale, recursive: true);
            }
        }

        return leftovers.Count;
    }

    /// <summary>Creates the workspaces' host network unless it exists (several servers may race: a conflict is fine).</summary>
    public async Task EnsureNetworkAsync(CancellationToken cancellation)
    {
        var existing = await host.Networks.ListNetworksAsync(
            new NetworksListParameters { Filters = new Dictionary<string, IDictionary<string, bool>> { ["name"] = new Dictionary<string, bool> { [options.Network] = true } } },
            cancellation);
        if (existing.Any(n => n.Name == options.Network))
        {
            return;
        }

        try
        {
            await host.Networks.CreateNetworkAsync(
                new NetworksCreateParameters
                {
                    Name = options.Network,
                    Driver = "bridge",
                    IPAM = new IPAM { Config = [new IPAMConfig { Subnet = options.NetworkSubnet }] },
                    Options = new Dictionary<string, string> { ["com.docker.network.bridge.enable_icc"] = "false" },
                    Labels = new Dictionary<string, string> { [WorkspaceLabels.Instance] = options.Instance },
                },
                cancellation);
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
        }
    }

    public async Task<bool> IsRunningAsync(string containerId, CancellationToken cancellation)
    {
        try
        {
            var inspect = await host.Containers.InspectContainerAsync(containerId, cancellation);
            return inspect.State?.Running == true;
        }
        catch (DockerContainerNotFoundException)
        {
            return false;
        }
    }

    private CreateContainerParameters Parameters(string workspaceId, string owner, string directory) => new()
    {
        Name = ContainerName(workspaceId),
        Image = options.Image,
        Hostname = "labhost",
        Env = Environment(),
        Labels = new Dictionary<string, string>
        {
            [WorkspaceLabels.Workspace] = workspaceId,
            [WorkspaceLabels.Owner] = owner,
            [WorkspaceLabels.Instance] = options.Instance,
        },
        HostConfig = new HostConfig
        {
            Privileged = false,
            CapAdd = [.. Capabilities],
            SecurityOpt = ["seccomp=unconfined", "apparmor=unconfined"],
            MaskedPaths = [],
            ReadonlyPaths = [],
            Binds = ["/sys/fs/cgroup:/sys/fs/cgroup:rw", directory + ":/run/labhost"],
            Tmpfs = new Dictionary<string, string> { ["/var/lib/docker"] = "exec" },
            NanoCPUs = (long)(options.Cpus * 1e9),
            Memory = options.MemoryBytes,
            PidsLimit = options.PidsLimit,
            NetworkMode = options.Network,
        },
    };

    /// <summary>
    /// What the image's scripts read: the name servers for the entry point, and the container and
    /// network counts for the `docker` wrapper (tools/workspace-image/rootfs/usr/local/sbin/docker).
    /// </summary>
    private List<string> Environment()
    {
        List<string> env =
        [
            "LABHOST_MAX_CONTAINERS=" + limits.MaxContainers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "LABHOST_MAX_NETWORKS=" + limits.MaxNetworks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        if (options.Dns.Count > 0)
        {
            env.Add("LABHOST_DNS=" + string.Join(' ', options.Dns));
        }

        return env;
    }

    private async Task WaitReadyAsync(string containerId, string directory, CancellationToken cancellation)
    {
        var ready = Path.Combine(directory, "ready");
        var deadline = DateTime.UtcNow + options.BootTimeout;
        var polls = 0;
        while (!File.Exists(ready))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"workspace container {containerId[..12]} did not boot within {options.BootTimeout.TotalSeconds:0} s");
            }

            if (++polls % 10 == 0 && !await IsRunningAsync(containerId, cancellation))
            {
                throw new InvalidOperationException($"workspace container {containerId[..12]} exited while booting: {await LogsAsync(containerId)}");
            }

            await Task.Delay(50, cancellation);
        }
    }

    private async Task<string> LogsAsync(string containerId)
    {
        try
        {
            using var logs = await host.Containers.GetContainerLogsAsync(containerId, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Tail = "20" }, default);
            var (stdout, stderr) = await logs.ReadOutputToEndAsync(default);
            return stdout + stderr;
        }
        catch (DockerApiException e)
        {
            return e.Message;
        }
    }
}
