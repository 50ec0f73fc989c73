namespace LabHost.Cli;

/// <summary>Which lab folders a DIR argument names: itself when it holds lab.yaml, else its subfolders that do.</summary>
public static class LabFolders
{
    public static IReadOnlyList<string> Find(string directory)
    {
        if (File.Exists(Path.Combine(directory, "lab.yaml")))
        {
            return [directory];
        }

        return Directory.Exists(directory)
            ? Directory.GetDirectories(directory).Where(d => File.Exists(Path.Combine(d, "lab.yaml"))).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
