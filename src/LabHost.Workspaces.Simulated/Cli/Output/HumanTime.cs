namespace LabHost.Workspaces.Simulated.Cli.Output;

/// <summary>Durations as docker prints them (go-units HumanDuration): "Less than a second", "2 minutes".</summary>
public static class HumanTime
{
    public static string Duration(TimeSpan d)
    {
        var seconds = (int)d.TotalSeconds;
        if (seconds < 1)
        {
            return "Less than a second";
        }

        if (seconds == 1)
        {
            return "1 second";
        }

        if (seconds < 60)
        {
            return $"{seconds} seconds";
        }

        var minutes = (int)d.TotalMinutes;
        if (minutes == 1)
        {
            return "About a minute";
        }

        if (minutes < 60)
        {
            return $"{minutes} minutes";
        }

        var hours = (int)(d.TotalHours + 0.5);
        return hours switch
        {
            1 => "About an hour",
            < 48 => $"{hours} hours",
            < 24 * 7 * 2 => $"{hours / 24} days",
            < 24 * 30 * 2 => $"{hours / 24 / 7} weeks",
            < 24 * 365 * 2 => $"{hours / 24 / 30} months",
            _ => $"{(int)d.TotalHours / 24 / 365} years",
        };
    }

    /// <summary>RFC 3339 with nanoseconds, as Go marshals time.Time ("2026-11-29T15:35:44.078303535Z").</summary>
    public static string Rfc3339Nano(DateTimeOffset t)
    {
        var utc = t.UtcDateTime;
        var fraction = (utc.Ticks % TimeSpan.TicksPerSecond).ToString("D7") + "00";
        fraction = fraction.TrimEnd('0');
        return utc.ToString("yyyy-MM-ddTHH:mm:ss") + (fraction.Length > 0 ? "." + fraction : "") + "Z";
    }
}
