namespace LabHost.Web.EndToEnd;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "LabHost.Web");

    /// <summary>The web app's build output of the configuration these tests were built in (the project reference built it).</summary>
    public static string WebAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(WebProject, "bin", configuration, "net10.0", "LabHost.Web.dll");
        }
    }

    /// <summary>TestResults/ beside the test project, for artefacts such as screenshots.</summary>
    public static string TestResults
    {
        get
        {
            var directory = Path.Combine(Root, "tests", "LabHost.Web.EndToEnd.Tests", "TestResults");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LabHost.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("LabHost.sln not found above " + AppContext.BaseDirectory);
    }
}
