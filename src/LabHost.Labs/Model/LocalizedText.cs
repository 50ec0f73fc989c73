namespace LabHost.Labs.Model;

/// <summary>One text in both lab languages. A language left out of the YAML is the empty string.</summary>
public sealed record LocalizedText(string Ko, string En)
{
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    public string Get(LabLanguage language) => language == LabLanguage.Ko ? Ko : En;
}
