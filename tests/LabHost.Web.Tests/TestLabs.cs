using LabHost.Web.Labs;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabHost.Web;

/// <summary>The repository's labs, loaded once as the web app loads them.</summary>
internal static class TestLabs
{
    private static readonly Lazy<LabLibrary> Library = new(() => LabLibrary.Load(FindRoot(), NullLogger.Instance));

    public static LabLibrary All => Library.Value;

    public static LoadedLab Lecture => All.Find("docker-networking")!;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LabHost.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("LabHost.sln not found");
    }
}
