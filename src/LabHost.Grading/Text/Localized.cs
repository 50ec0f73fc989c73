namespace LabHost.Grading.Text;

/// <summary>A message in both of LabHost's languages.</summary>
public sealed record Localized(string Ko, string En)
{
    /// <summary>The text for a language tag ("ko", "ko-KR", "en" ...); English for anything else.</summary>
    public string For(string language) =>
        language.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? Ko : En;

    public static Localized Join(IEnumerable<Localized> parts, string koSeparator = " ", string enSeparator = "; ")
    {
        var list = parts.ToList();
        return new(string.Join(koSeparator, list.Select(p => p.Ko)), string.Join(enSeparator, list.Select(p => p.En)));
    }
}
