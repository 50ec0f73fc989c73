using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>An API error: the CLI prints "Error response from daemon: " + Message (or its own words).</summary>
public sealed class DaemonException(ErrorKind kind, string message) : Exception(message)
{
    public ErrorKind Kind { get; } = kind;

    public static DaemonException From(NetworkException e) => new(e.Kind, e.Message);
}
