using System.Text.RegularExpressions;

namespace LabHost.Labs.Loading;

/// <summary>The one shape for lab, step, course and quiz ids: they end up in URLs and HTML ids.</summary>
public static partial class LabIds
{
    public const string Rule = "lowercase letters, digits and single '-' between them";

    public static bool IsValid(string? id) => id is { Length: > 0 and <= 64 } && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
