using System.Text.Json;
using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Shell;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>
/// A saved simulated workspace: the daemon's state (networks, IPAM, ids, containers), the shells
/// (host, and each running container's main shell), the commands typed, the clock and the terminal's
/// screen (its newest part, as a reconnecting browser is painted). A half-typed line is not kept: a
/// restored workspace repaints the old screen and gives a fresh host prompt under it.
/// </summary>
internal sealed class WorkspaceSave
{
    /// <summary>Bumped when the shape changes in a way old saves cannot be read with.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; set; } = CurrentFormat;

    public required string Id { get; set; }

    public required string Owner { get; set; }

    public DateTimeOffset Clock { get; set; }

    public required DaemonState Daemon { get; set; }

    public required ShellSnapshot HostShell { get; set; }

    /// <summary>Main shells of running `-it` containers, by container id.</summary>
    public Dictionary<string, ShellSnapshot> ContainerShells { get; set; } = new(StringComparer.Ordinal);

    public List<CommandRecord> Commands { get; set; } = [];

    /// <summary>What the terminal showed; absent in saves made before it was kept.</summary>
    public string? Screen { get; set; }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static WorkspaceSave FromBytes(ReadOnlyMemory<byte> bytes)
    {
        WorkspaceSave? save;
        try
        {
            save = JsonSerializer.Deserialize<WorkspaceSave>(bytes.Span);
        }
        catch (JsonException e)
        {
            throw new WorkspaceRestoreException("not a saved simulated workspace", e);
        }

        if (save is null || save.Format != CurrentFormat)
        {
            throw new WorkspaceRestoreException($"saved simulated workspace has format {save?.Format}; this version reads {CurrentFormat}");
        }

        return save;
    }
}
