namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>A container as the simulated daemon keeps it: plain data, saved with the workspace.</summary>
public sealed class Container
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Image { get; set; }

    public required string ImageId { get; set; }

    public List<string> Command { get; set; } = [];

    public DateTimeOffset Created { get; set; }

    public ContainerStatus Status { get; set; } = ContainerStatus.Created;

    public int ExitCode { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>When the main process ends by itself (sleep N); null when it runs until stopped.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    public bool Tty { get; set; }

    public bool OpenStdin { get; set; }

    public bool AutoRemove { get; set; }

    /// <summary>--network as given: "default" (the bridge), a network name, "host" or "none".</summary>
    public string NetworkMode { get; set; } = "default";

    /// <summary>Networks the container is connected to, in connection order, with what was asked.</summary>
    public List<NetworkAttachment> Networks { get; set; } = [];

    /// <summary>--hostname, or the short id.</summary>
    public string? CustomHostname { get; set; }

    public string Hostname => CustomHostname ?? Id[..12];

    public string ShortId => Id[..12];

    /// <summary>Legacy links (--link name:alias): /etc/hosts lines for containers on the default bridge.</summary>
    public List<ContainerLink> Links { get; set; } = [];

    /// <summary>The sandbox while running.</summary>
    public string? SandboxId { get; set; }

    /// <summary>What the main process printed (docker logs).</summary>
    public string Logs { get; set; } = "";

    /// <summary>The main interactive shell's saved state, for `docker run -it ... sh` containers.</summary>
    public string? ShellState { get; set; }

    public bool IsRunning => Status is ContainerStatus.Running or ContainerStatus.Paused;
}

public enum ContainerStatus
{
    Created,
    Running,
    Paused,
    Exited,
}
