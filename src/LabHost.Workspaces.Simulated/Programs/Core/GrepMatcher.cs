using System.Text;
using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>Compiles grep patterns (basic, extended or fixed) into one .NET regex with a timeout.</summary>
internal sealed class GrepMatcher(Regex regex)
{
    public static GrepMatcher? Create(IReadOnlyList<string> patterns, CommandLine options)
    {
        var alternatives = patterns.Select(p => options.Has('F') ? Regex.Escape(p)
            : options.Has('E') ? p : FromBasic(p));
        var pattern = string.Join('|', alternatives.Select(a => $"(?:{a})"));
        if (options.Has('w'))
        {
            pattern = $@"(?<![\w])(?:{pattern})(?![\w])";
        }

        if (options.Has('x'))
        {
            pattern = $"^(?:{pattern})$";
        }

        var flags = RegexOptions.CultureInvariant | (options.Has('i') ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return new GrepMatcher(new Regex(pattern, flags, TimeSpan.FromMilliseconds(200)));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The matched parts of the line; empty when it does not match.</summary>
    public List<string> Matches(string line)
    {
        try
        {
            return regex.Matches(line).Select(m => m.Value).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>POSIX basic syntax: \( \) \{ \} \| \+ \? are the operators; ( ) { } | + ? are plain.</summary>
    private static string FromBasic(string pattern)
    {
        var output = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && "(){}|+?".Contains(pattern[i + 1]))
            {
                output.Append(pattern[++i]);
            }
            else if ("(){}|+?".Contains(c))
            {
                output.Append('\\').Append(c);
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                output.Append(c).Append(pattern[++i]);
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }
}
