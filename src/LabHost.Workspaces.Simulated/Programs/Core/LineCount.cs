using System.Globalization;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>head and tail's -n N / -N argument; "-5" is rewritten to "-n 5" before parsing.</summary>
internal static class LineCount
{
    public static IReadOnlyList<string> NormalizeArgs(IReadOnlyList<string> args) =>
        args.Select((a, i) => i > 0 && a.Length > 1 && a[0] == '-' && a.Skip(1).All(char.IsAsciiDigit) ? "-n" + a[1..] : a).ToList();

    /// <summary>Parses N (a leading + means "from line N" for tail); null when not a number.</summary>
    public static (int Count, bool FromStart)? Parse(string? text)
    {
        if (text is null)
        {
            return (10, false);
        }

        var fromStart = text.StartsWith('+');
        return int.TryParse(text.TrimStart('+', '-'), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? (n, fromStart)
            : null;
    }
}
