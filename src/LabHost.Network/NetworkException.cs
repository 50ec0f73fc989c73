namespace LabHost.Network;

/// <summary>
/// A failure the engine reports to its caller, worded exactly as Docker's daemon words it,
/// so the simulated CLI can print "Error response from daemon: " + Message.
/// </summary>
public sealed class NetworkException(ErrorKind kind, string message) : Exception(message)
{
    public ErrorKind Kind { get; } = kind;
}
