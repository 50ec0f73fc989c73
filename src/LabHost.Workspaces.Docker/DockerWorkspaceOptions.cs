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

    /// <summary>The host engine's network for workspace containers ("bridge" by default).</summary>
    public string? Network { get; init; }

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
