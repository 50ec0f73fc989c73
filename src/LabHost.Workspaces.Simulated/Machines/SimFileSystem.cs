namespace LabHost.Workspaces.Simulated.Machines;

/// <summary>
/// A flat in-memory file system: absolute path to content. Some files are computed on read
/// (/etc/hosts of a container follows its network state). Not safe for concurrent writers.
/// </summary>
public sealed class SimFileSystem
{
    private readonly Dictionary<string, Func<string>> files = new(StringComparer.Ordinal);

    public void Write(string path, string content) => files[path] = () => content;

    public void Computed(string path, Func<string> content) => files[path] = content;

    public bool TryRead(string path, out string content)
    {
        if (files.TryGetValue(path, out var read))
        {
            content = read();
            return true;
        }

        content = "";
        return false;
    }

    public bool Exists(string path) => files.ContainsKey(path);

    public bool IsDirectory(string path)
    {
        var prefix = path.EndsWith('/') ? path : path + "/";
        return path == "/" || files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    public bool Remove(string path) => files.Remove(path);

    public IEnumerable<string> Paths => files.Keys;
}
