using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabHost.Web;

/// <summary>The web app in memory on a data folder of its own (SQLite file and cookie keys), removed afterwards.</summary>
public sealed class LabHostFactory(string? dataDirectory = null) : WebApplicationFactory<Program>
{
    /// <summary>A server of its own, or (given a folder) a restart of an earlier one on its data.</summary>
    public string DataDirectory { get; } = dataDirectory ?? Directory.CreateTempSubdirectory("labhost-web-").FullName;

    /// <summary>Keep the data folder when disposed, for a restart on it.</summary>
    public bool KeepData { get; set; }

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The hosting environment ("Development" is what the README's `dotnet run` gives).</summary>
    public string Environment { get; set; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("LabHost:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (KeepData)
        {
            return;
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (SQLite pool): the temp folder is cleaned by the OS.
        }
    }
}
