using System.Globalization;
using System.Text;
using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// Expands the words of one simple command: parameters, ~, command substitution and arithmetic,
/// then field splitting of unquoted expansions on blanks. No globbing, no custom IFS. Everything
/// one command expands to is bounded by <c>maxChars</c>, so `x=$x$x` cannot grow without end.
/// Not safe for concurrent use.
/// </summary>
internal sealed class WordExpander(ShellState state, WordExpander.Substitute substitute, int maxChars)
{
    /// <summary>Runs a command substitution: its raw stdout and exit status.</summary>
    public delegate Task<(string Output, int Status)> Substitute(CommandList commands);

    private int expandedChars;

    /// <summary>The status of the last command substitution, if any ran (the status of a command without a name).</summary>
    public int? LastSubstitutionStatus { get; private set; }

    public async Task<List<string>> ExpandAllAsync(IEnumerable<Word> words)
    {
        var fields = new List<string>();
        foreach (var word in words)
        {
            fields.AddRange(await ExpandAsync(word));
        }

        return fields;
    }

    /// <summary>One word to zero or more fields, as sh does for argv.</summary>
    public async Task<List<string>> ExpandAsync(Word word)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var hasField = false;
        foreach (var part in word.Parts)
        {
            var value = await ValueAsync(part);
            if (part.Quoted || part is LiteralPart or TildePart)
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
    public async Task<string> ExpandSingleAsync(Word word)
    {
        var text = new StringBuilder();
        foreach (var part in word.Parts)
        {
            text.Append(await ValueAsync(part));
        }

        return text.ToString();
    }

    private async Task<string> ValueAsync(WordPart part)
    {
        var value = part switch
        {
            CommandSubstitutionPart substitution => await SubstituteAsync(substitution.Commands),
            ArithmeticPart arithmetic => ArithmeticEvaluator.Evaluate(await ExpandSingleAsync(arithmetic.Expression), state)
                .ToString(CultureInfo.InvariantCulture),
            _ => Value(part, state),
        };
        expandedChars += value.Length;
        if (expandedChars > maxChars)
        {
            throw new ShellExpansionException($"{ShellMessages.Name(state.Dialect)}: expansion too long (the limit is {maxChars} characters)");
        }

        return value;
    }

    private async Task<string> SubstituteAsync(CommandList commands)
    {
        var (output, status) = await substitute(commands);
        LastSubstitutionStatus = status;
        if (state.Dialect == ShellDialect.Bash)
        {
            // bash sets $? as soon as a substitution ends (`echo $(exit 4)$?` prints 4); ash only
            // when the command does.
            state.LastStatus = status;
        }

        return output.TrimEnd('\n');
    }

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
