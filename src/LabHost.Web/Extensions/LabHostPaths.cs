namespace LabHost.Web.Extensions;

/// <summary>
/// Where LabHost finds labs and keeps its data. <c>LabHost:ContentDirectory</c> holds labs/ and
/// content/ (default: the nearest folder above the content root that has both, so
/// `dotnet run --project src/LabHost.Web` finds the repository's); <c>LabHost:DataDirectory</c>
/// holds the SQLite file and the cookie keys (default: data/ under the content root).
/// </summary>
public sealed record LabHostPaths(string ContentDirectory, string DataDirectory)
{
    public static LabHostPaths From(IConfiguration configuration, string contentRoot)
    {
        var content = configuration["LabHost:ContentDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : FindContent(contentRoot);
        var data = Path.GetFullPath(configuration["LabHost:DataDirectory"] is { Length: > 0 } d ? d : "data", contentRoot);
        Directory.CreateDirectory(data);
        return new LabHostPaths(content, data);
    }

    private static string FindContent(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "labs")) && Directory.Exists(Path.Combine(directory.FullName, "content")))
            {
                return directory.FullName;
            }
        }
        return start;
    }
}
