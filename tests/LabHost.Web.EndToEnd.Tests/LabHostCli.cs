using System.Diagnostics;

namespace LabHost.Web.EndToEnd;

/// <summary>`labhost` as an operator runs it: `dotnet labhost.dll ...` from the repository, on the data folder a server of the test uses.</summary>
internal static class LabHostCli
{
    public static async Task<(int Status, string Output, string Error)> RunAsync(string dataDirectory, string standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Repository.CliAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The same variable ServerProcess gives the web app: both open the same labhost.db.
        start.Environment["LabHost__DataDirectory"] = dataDirectory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
