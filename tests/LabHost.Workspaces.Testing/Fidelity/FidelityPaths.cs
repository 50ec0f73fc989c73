namespace LabHost.Workspaces.Testing.Fidelity;

/// <summary>Where the fidelity cases and the real engine's transcripts are.</summary>
public static class FidelityPaths
{
    public static string Root { get; } = FindRoot();

    public static string ExpectedDirectory =>
        Environment.GetEnvironmentVariable("LABHOST_FIDELITY_EXPECTED") is { Length: > 0 } dir ? dir : Path.Combine(Root, "expected");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fidelity");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fidelity not found above " + AppContext.BaseDirectory);
    }
}
