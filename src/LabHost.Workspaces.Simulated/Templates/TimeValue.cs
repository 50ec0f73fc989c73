using System.Globalization;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A Go <c>time.Time</c>. fmt uses its String method
/// (<c>2024-01-02 15:04:05.123456789 +0000 UTC</c>), json its RFC 3339 form.
/// </summary>
public sealed class TimeValue(DateTimeOffset value, string? zoneName = null) : TemplateValue
{
    public DateTimeOffset Value { get; } = value;

    /// <summary>The zone abbreviation Go prints (<c>UTC</c> for offset zero when null).</summary>
    public string ZoneName { get; } = zoneName ?? (value.Offset == TimeSpan.Zero ? "UTC" : FormatOffset(value.Offset, false));

    public override string GoType => "time.Time";

    public override bool IsTrue => true;

    internal string GoString()
    {
        var fraction = Fraction();
        return Value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            + (fraction.Length > 0 ? "." + fraction : string.Empty)
            + " " + FormatOffset(Value.Offset, false) + " " + ZoneName;
    }

    internal override void WriteJson(GoJsonWriter writer)
    {
        var fraction = Fraction();
        var text = Value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)
            + (fraction.Length > 0 ? "." + fraction : string.Empty)
            + (Value.Offset == TimeSpan.Zero ? "Z" : FormatOffset(Value.Offset, true));
        writer.WriteString(text);
    }

    // Go prints nanoseconds with trailing zeros removed; .NET keeps 100 ns ticks.
    private string Fraction()
    {
        var ticks = Value.Ticks % TimeSpan.TicksPerSecond;
        return ticks == 0 ? string.Empty : (ticks * 100).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static string FormatOffset(TimeSpan offset, bool colon)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return sign + abs.Hours.ToString("D2", CultureInfo.InvariantCulture) + (colon ? ":" : string.Empty)
            + abs.Minutes.ToString("D2", CultureInfo.InvariantCulture);
    }
}
