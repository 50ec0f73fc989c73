using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>
/// A simulated Linux machine: the workspace's host or one container. It has a hostname, a small
/// in-memory file system, the programs on its PATH and a view of its own network stack.
/// </summary>
public abstract class Machine
{
    public abstract string Hostname { get; }

    /// <summary>The prompt's user@host part and sigil, e.g. "/ # " in an Alpine container.</summary>
    public abstract string Prompt { get; }

    public abstract ProgramTable Programs { get; }

    public abstract SimFileSystem Files { get; }

    /// <summary>This machine's links, addresses and routes as `ip` would show them.</summary>
    public abstract INetworkStackView Network { get; }
}
