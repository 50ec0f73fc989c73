namespace LabHost.Workspaces.Docker.Fidelity;

/// <summary>What differs between the reference engine's host (a VM-like namespace) and a workspace's host (a container).</summary>
public static class HostDifferences
{
    public static string Normalize(string transcript) => transcript;
}
