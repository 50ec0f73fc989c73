using Markdig.Helpers;

namespace LabHost.Labs.Markdown;

/// <summary>
/// The <c>:::name</c> … <c>:::</c> fence shared by folds and quizzes: three or more colons, a
/// name, an optional rest; closed by a line of at least as many colons and nothing else.
/// </summary>
internal static class ColonFence
{
    public const int MinimumLength = 3;

    public static bool TryOpen(StringSlice line, out int length, out string name, out string rest)
    {
        length = 0;
        name = rest = string.Empty;
        var text = line.ToString();
        while (length < text.Length && text[length] == ':')
        {
            length++;
        }
        if (length < MinimumLength)
        {
            return false;
        }
        var i = length;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        name = text[start..i].ToLowerInvariant();
        rest = text[i..].Trim();
        return name.Length > 0;
    }

    public static bool IsClose(StringSlice line, int length)
    {
        var text = line.ToString().TrimEnd();
        return text.Length >= length && text.All(c => c == ':');
    }
}
