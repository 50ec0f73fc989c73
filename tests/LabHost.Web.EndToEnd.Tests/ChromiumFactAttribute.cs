namespace LabHost.Web.EndToEnd;

/// <summary>
/// A fact that needs Debian's Chromium at /usr/bin/chromium. Without it the test is skipped
/// with the reason, except when CI=true: there a missing browser must fail, never skip.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !IsCi)
        {
            Skip = $"{ChromiumPath} is missing: `apt-get install -y chromium` (in CI this is a failure, not a skip)";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
