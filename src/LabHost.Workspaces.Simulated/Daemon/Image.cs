namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>A local image; the simulator ships alpine:latest and busybox:latest.</summary>
public sealed record Image(string Repository, string Tag, string Id, DateTimeOffset Created, long Size, IReadOnlyList<string> Cmd)
{
    public string Reference => $"{Repository}:{Tag}";

    /// <summary>The 12 hex digits `docker images` shows.</summary>
    public string ShortId => Id[7..19];
}
