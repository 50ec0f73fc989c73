using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LabHost.Web.Progress;

/// <summary>
/// A throwaway PostgreSQL server: initdb in a temp folder, pg_ctl start on a free loopback port,
/// stopped and removed at the end. As root it runs as the postgres user (PostgreSQL refuses root).
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "labhost-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private string? binaries;

    public string? ConnectionString { get; private set; }

    /// <summary>Why there is no server (binaries missing), or null when it runs.</summary>
    public string? Missing { get; private set; }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        binaries = FindBinaries();
        if (binaries is null)
        {
            Missing = "initdb and pg_ctl were not found (apt-get install postgresql)";
            return;
        }
        var port = FreePort();
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", null, "postgres:postgres", directory);
        }
        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(binaries, "initdb"), asRoot, "-D", data, "-U", "postgres", "-A", "trust", "--no-sync");
        await RunAsync(Path.Combine(binaries, "pg_ctl"), asRoot, "-D", data, "-l", Path.Combine(directory, "log"), "-w", "-t", "60",
            "-o", $"-p {port} -h 127.0.0.1 -k {directory} -F", "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            await RunAsync(Path.Combine(binaries!, "pg_ctl"), Environment.UserName == "root", "-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop");
        }
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left to the OS's temp cleaning.
        }
    }

    /// <summary>Makes a database of its own for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "labhost_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public static string? FindBinaries()
    {
        foreach (var path in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
        {
            if (File.Exists(Path.Combine(path, "initdb")) && File.Exists(Path.Combine(path, "pg_ctl")))
            {
                return path;
            }
        }
        var installed = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Order().LastOrDefault() : null;
        return installed is not null && File.Exists(Path.Combine(installed, "bin", "initdb")) ? Path.Combine(installed, "bin") : null;
    }

    private static async Task RunAsync(string program, bool? asPostgres, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgres == true ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres == true)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
