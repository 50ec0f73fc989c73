namespace LabHost.Web.Authoring;

/// <summary>
/// The lab folders an instructor may preview: the direct children of the labs directory, named
/// from a URL. A name that is not exactly one such child (a path, <c>..</c>, an absolute path,
/// a symbolic link anywhere but inside the labs directory) names nothing. Stateless.
/// </summary>
public static class AuthoringFolders
{
    /// <summary>The folders under <paramref name="labsDirectory"/> that a URL may name, by name in ordinal order.</summary>
    public static IReadOnlyList<string> List(string labsDirectory) =>
        Directory.Exists(labsDirectory)
            ? Directory.GetDirectories(labsDirectory)
                .Select(Path.GetFileName)
                .Where(name => name is not null && Resolve(labsDirectory, name) is not null)
                .Select(name => name!)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>The full path of the lab folder <paramref name="name"/>, or null when it is not one.</summary>
    public static string? Resolve(string labsDirectory, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name is "." or ".."
            || name.IndexOfAny(['/', '\\', '\0']) >= 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || Path.IsPathRooted(name))
        {
            return null;
        }

        var root = Path.GetFullPath(labsDirectory);
        var folder = new DirectoryInfo(Path.Combine(root, name));
        if (!folder.Exists || !string.Equals(folder.Parent?.FullName, Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
        {
            return null;
        }

        // A link may stay only if it ends inside the labs directory (it then names a real lab folder there).
        if (folder.LinkTarget is not null)
        {
            var target = folder.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(RealPath(root), target.FullName))
            {
                return null;
            }
        }
        return folder.FullName;
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The labs directory with its own links resolved, so a labs directory that is itself a link still works.</summary>
    private static string RealPath(string directory)
    {
        var info = new DirectoryInfo(directory);
        return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }
}
