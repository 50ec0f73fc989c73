namespace LabHost.Workspaces.Simulated.Cli.Output;

/// <summary>Go's time.Time.String() for UTC times: "2026-11-29 15:35:51.622310134 +0000 UTC".</summary>
public static class GoTime
{
    public static string String(DateTimeOffset t)
    {
        var utc = t.UtcDateTime;
        var fraction = ((utc.Ticks % TimeSpan.TicksPerSecond).ToString("D7") + "00").TrimEnd('0');
        return utc.ToString("yyyy-MM-dd HH:mm:ss") + (fraction.Length > 0 ? "." + fraction : "") + " +0000 UTC";
    }
}
