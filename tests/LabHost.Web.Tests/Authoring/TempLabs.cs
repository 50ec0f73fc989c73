namespace LabHost.Web.Authoring;

/// <summary>
/// A content folder of its own (labs/ and content/) holding copies of the repository's labs,
/// for tests that edit or break a lab; removed when disposed.
/// </summary>
internal sealed class TempLabs : IDisposable
{
    public TempLabs(params string[] labs)
    {
        Root = Directory.CreateTempSubdirectory("labhost-authoring-").FullName;
        Directory.CreateDirectory(LabsDirectory);
        Directory.CreateDirectory(Path.Combine(Root, "content"));
        foreach (var lab in labs)
        {
            Copy(lab, lab);
        }
    }

    /// <summary>The content folder: what <c>LabHost:ContentDirectory</c> names.</summary>
    public string Root { get; }

    public string LabsDirectory => Path.Combine(Root, "labs");

    /// <summary>Copies the repository's lab <paramref name="lab"/> to labs/<paramref name="folder"/>.</summary>
    public string Copy(string lab, string folder)
    {
        var source = Path.Combine(TestLabs.All.LabsDirectory, lab);
        var target = Path.Combine(LabsDirectory, folder);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    /// <summary>Replaces <paramref name="old"/> (which must be there) in a lab's file, as an editor saves: a new file renamed over the old.</summary>
    public void Edit(string folder, string file, string old, string replacement)
    {
        var path = Path.Combine(LabsDirectory, folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        var temporary = path + ".swp";
        File.WriteAllText(temporary, text.Replace(old, replacement, StringComparison.Ordinal));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The 1-based line of a lab's file that contains <paramref name="text"/>.</summary>
    public int LineOf(string folder, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(LabsDirectory, folder, file)), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
