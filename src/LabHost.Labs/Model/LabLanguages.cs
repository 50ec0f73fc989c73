namespace LabHost.Labs.Model;

/// <summary>Names and files of the lab languages, in the order lint reports them.</summary>
public static class LabLanguages
{
    public static IReadOnlyList<LabLanguage> All { get; } = [LabLanguage.Ko, LabLanguage.En];

    /// <summary>The language code used in YAML keys and file names: <c>ko</c>, <c>en</c>.</summary>
    public static string Code(this LabLanguage language) => language == LabLanguage.Ko ? "ko" : "en";

    /// <summary>The markdown file of a language: <c>ko.md</c>, <c>en.md</c>.</summary>
    public static string FileName(this LabLanguage language) => language.Code() + ".md";
}
