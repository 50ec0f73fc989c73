using System.Globalization;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>ping's numeric options, validated the way busybox's xatou does.</summary>
internal sealed record PingSettings(int Count, int Size, long IntervalMs, int WaitSeconds, long DeadlineMs, bool Quiet)
{
    public static bool TryRead(CommandLine line, out PingSettings settings, out string bad)
    {
        settings = new PingSettings(0, 56, 1000, 10, 0, line.Has('q'));
        bad = "";
        int count = 0, size = 56, wait = 10, deadline = 0;
        foreach (var (letter, target) in new[] { ('c', 0), ('s', 1), ('W', 2), ('w', 3), ('t', 4) })
        {
            if (!line.Options.TryGetValue(letter, out var text))
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                bad = text;
                return false;
            }

            _ = target switch { 0 => count = value, 1 => size = value, 2 => wait = value, 3 => deadline = value, _ => 0 };
        }

        var intervalMs = 1000L;
        if (line.Options.TryGetValue('i', out var interval))
        {
            if (!double.TryParse(interval, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
                || seconds > 1_000_000)
            {
                bad = interval;
                return false;
            }

            intervalMs = (long)(seconds * 1000);
        }

        settings = settings with
        {
            Count = count,
            Size = size,
            IntervalMs = intervalMs,
            WaitSeconds = wait,
            DeadlineMs = deadline * 1000L,
        };
        return true;
    }
}
