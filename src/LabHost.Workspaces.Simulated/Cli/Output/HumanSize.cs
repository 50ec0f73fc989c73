using System.Globalization;

namespace LabHost.Workspaces.Simulated.Cli.Output;

/// <summary>Sizes as docker prints them (go-units HumanSizeWithPrecision, 3 digits): "1.99MB", "123kB".</summary>
public static class HumanSize
{
    private static readonly string[] Units = ["B", "kB", "MB", "GB", "TB", "PB"];

    public static string Format(double size)
    {
        var unit = 0;
        while (size >= 1000 && unit < Units.Length - 1)
        {
            size /= 1000;
            unit++;
        }

        return size.ToString("G3", CultureInfo.InvariantCulture) + Units[unit];
    }
}
