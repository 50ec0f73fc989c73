namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>Absolute POSIX path arithmetic: joins, "." and ".." folding. No file system access.</summary>
public static class PathNames
{
    public static string Combine(string directory, string path)
    {
        var joined = path.StartsWith('/') ? path : directory.TrimEnd('/') + "/" + path;
        var parts = new List<string>();
        foreach (var part in joined.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return "/" + string.Join('/', parts);
    }

    public static string FileName(string path) => path.TrimEnd('/') is var p && p.Length > 0 ? p[(p.LastIndexOf('/') + 1)..] : "/";

    public static string Parent(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..slash];
    }
}
