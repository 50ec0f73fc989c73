using System.Text;
using LabHost.Labs.Loading;

namespace LabHost.Labs.Markdown.Quiz;

/// <summary>Quiz ids and choice keys become HTML ids and names, so they are kept to a safe alphabet.</summary>
public static class QuizIds
{
    public static bool IsValidKey(string key) => key.Length is > 0 and <= 16 && key.All(char.IsAsciiLetterOrDigit);

    public static bool IsValid(string id) => LabIds.IsValid(id);

    /// <summary>The id with everything outside <c>[a-z0-9-]</c> turned into <c>-</c>; <c>quiz</c> when nothing is left.</summary>
    public static string Sanitize(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-');
        }
        var safe = builder.ToString().Trim('-');
        return safe.Length == 0 ? "quiz" : safe;
    }
}
