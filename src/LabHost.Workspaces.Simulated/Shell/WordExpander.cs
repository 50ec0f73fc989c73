using System.Globalization;
using System.Text;
using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// Parameter and tilde expansion, then field splitting of unquoted expansions on blanks.
/// No globbing and no command substitution.
/// </summary>
internal static class WordExpander
{
    public static List<string> ExpandAll(IEnumerable<Word> words, ShellState state) =>
        words.SelectMany(w => Expand(w, state)).ToList();

    /// <summary>One word to zero or more fields, as sh does for argv.</summary>
    public static List<string> Expand(Word word, ShellState state)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var hasField = false;
        foreach (var part in word.Parts)
        {
            var value = Value(part, state);
            if (part.Quoted || part is not ParameterPart)
            {
                current.Append(value);
                hasField = true;
                continue;
            }

            var pieces = value.Split([' ', '\t', '\n'], StringSplitOptions.None);
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0 && (hasField || current.Length > 0))
                {
                    fields.Add(current.ToString());
                    current.Clear();
                    hasField = false;
                }

                current.Append(pieces[i]);
                hasField |= pieces[i].Length > 0;
            }
        }

        if (hasField || current.Length > 0)
        {
            fields.Add(current.ToString());
        }

        return fields;
    }

    /// <summary>One word to one string without splitting (assignments, redirection targets).</summary>
    public static string ExpandSingle(Word word, ShellState state) => string.Concat(word.Parts.Select(p => Value(p, state)));

    private static string Value(WordPart part, ShellState state) => part switch
    {
        LiteralPart literal => literal.Text,
        TildePart => state.Variables.GetValueOrDefault("HOME", "/root"),
        ParameterPart { Name: "?" } => state.LastStatus.ToString(CultureInfo.InvariantCulture),
        ParameterPart { Name: "$" } => "1",
        ParameterPart { Name: "#" } => "0",
        ParameterPart { Name: "0" } => ShellMessages.Name(state.Dialect),
        ParameterPart { Name: "-" } => state.Dialect == ShellDialect.Ash ? "smi" : "himBHs",
        ParameterPart parameter => state.Variables.GetValueOrDefault(parameter.Name, ""),
        _ => "",
    };
}
