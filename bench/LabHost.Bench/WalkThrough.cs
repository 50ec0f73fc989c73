using LabHost.Workspaces.Simulated;

namespace LabHost.Bench;

/// <summary>The lab script the benchmark runs: labs/lecture-5.2.txt unless --script says otherwise.</summary>
public sealed record WalkThrough(string Path, IReadOnlyList<string> Lines)
{
    public static WalkThrough Load(string? path)
    {
        path ??= Find("labs/lecture-5.2.txt");
        return new WalkThrough(path, [.. ScriptRunner.CommandLines(File.ReadAllText(path))]);
    }

    private static string Find(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"{relative} not found above the current or the program's directory; pass --script FILE");
    }
}
