namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>Usage errors in busybox's shape: the complaint, the banner, the usage line.</summary>
internal static class Usage
{
    /// <summary>The banner of the busybox build the containers run (the reference images' Debian busybox-static).</summary>
    public static string Banner => Busybox.BusyboxBuild.Default.Banner;

    public static async Task<int> FailAsync(TextWriter stderr, string program, string? complaint, string usage, int status = 1)
    {
        if (complaint is not null)
        {
            await stderr.WriteLineAsync($"{program}: {complaint}");
        }

        await stderr.WriteLineAsync($"{Banner}\n\nUsage: {program} {usage}");
        return status;
    }
}
