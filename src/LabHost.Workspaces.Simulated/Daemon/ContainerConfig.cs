namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>What `docker run`/`docker create` asks of the daemon, after the CLI parsed it.</summary>
public sealed record ContainerConfig
{
    public required string Image { get; init; }

    public string? Name { get; init; }

    /// <summary>The command; empty takes the image's CMD.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    public bool Tty { get; init; }

    public bool OpenStdin { get; init; }

    public bool AutoRemove { get; init; }

    /// <summary>--network; null for the default bridge.</summary>
    public string? Network { get; init; }

    public string? IPv4Address { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Hostname { get; init; }

    /// <summary>--link NAME[:ALIAS], as given.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
}
