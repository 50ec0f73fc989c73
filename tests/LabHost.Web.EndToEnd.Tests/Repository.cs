namespace LabHost.Web.EndToEnd;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "LabHost.Web");

    /// <summary>The web app's build output of the configuration these tests were built in (the project reference built it).</summary>
    public static string WebAssembly => BuildOutput(WebProject, "LabHost.Web.dll");

    /// <summary>`labhost`, the command line, as built beside the tests (a project reference that only builds it).</summary>
    public static string CliAssembly => BuildOutput(Path.Combine(Root, "src", "LabHost.Cli"), "labhost.dll");

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

    private static string BuildOutput(string project, string assembly)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        return Path.Combine(project, "bin", configuration, "net10.0", assembly);
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
