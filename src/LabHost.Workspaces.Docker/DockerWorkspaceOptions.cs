namespace LabHost.Workspaces.Docker;

/// <summary>Where Docker workspaces run and what each may use. Bound from configuration section "Workspaces:Docker".</summary>
public sealed record DockerWorkspaceOptions
{
    /// <summary>The host engine that runs the workspace containers.</summary>
    public Uri Endpoint { get; init; } = new("unix:///var/run/docker.sock");

    /// <summary>The workspace image (tools/workspace-image).</summary>
    public string Image { get; init; } = "labhost/workspace:latest";

    /// <summary>
    /// A host directory holding one folder per workspace, bind-mounted into it: the inner engine's
    /// socket and the command record. When the server itself runs in a container, mount this
    /// directory at the same path in the server's container.
    /// </summary>
    public string StateDirectory { get; init; } = "/var/lib/labhost/workspaces";

    /// <summary>Scopes the labels: a server removes leftovers of its own instance only.</summary>
    public string Instance { get; init; } = "labhost";

    /// <summary>
    /// The host engine's network for workspace containers, created at start-up when missing, with
    /// inter-container traffic off (a learner cannot reach another's workspace). Not the host's
    /// default bridge: on 172.17.0.0/16 the inner engine would have to move its own docker0 to
    /// 172.18.0.0/16, and the lecture's addresses would be wrong.
    /// </summary>
    public string Network { get; init; } = "labhost-workspaces";

    /// <summary>The subnet of <see cref="Network"/> when it is created; clear of Docker's default pools.</summary>
    public string NetworkSubnet { get; init; } = "10.199.0.0/16";

    /// <summary>
    /// The name servers the inner engine hands its containers. On a user-defined network the
    /// workspace's resolv.conf names only Docker's embedded 127.0.0.11, which inner containers cannot
    /// reach, so the inner engine would fall back to Google's servers; empty keeps that.
    /// </summary>
    public IReadOnlyList<string> Dns { get; init; } = [];

    public double Cpus { get; init; } = 1.0;

    public long MemoryBytes { get; init; } = 1L << 30;

    public long PidsLimit { get; init; } = 2048;

    /// <summary>Workspaces booted ahead of time; 0 disables the pool.</summary>
    public int PoolSize { get; init; }

    public TimeSpan BootTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>No input for this long ends a workspace.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A workspace ends this long after it was created, unless extended.</summary>
    public TimeSpan MaxLifetime { get; init; } = TimeSpan.FromHours(4);

    /// <summary>How long before an end the warning comes.</summary>
    public TimeSpan WarningBefore { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>What one <see cref="IExpiringWorkspace.Extend"/> adds to the lifetime.</summary>
    public TimeSpan Extension { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The lifetime never goes past this, extensions included.</summary>
    public TimeSpan MaxLifetimeCeiling { get; init; } = TimeSpan.FromHours(8);
}
