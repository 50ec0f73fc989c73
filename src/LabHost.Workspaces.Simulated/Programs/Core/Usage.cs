namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>Usage errors in busybox's shape: the complaint, the banner, the usage line.</summary>
internal static class Usage
{
    public const string Banner = "BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.";

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
