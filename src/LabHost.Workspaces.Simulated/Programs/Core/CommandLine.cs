namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>
/// getopt-style parsing of argv: clustered flags (-in), flags with a value (-n 5, -n5), "--".
/// Options after operands are accepted too, as GNU and busybox getopt do.
/// </summary>
internal sealed class CommandLine
{
    private readonly HashSet<char> flags = [];
    private readonly Dictionary<char, List<string>> values = [];

    public List<string> Operands { get; } = [];

    /// <summary>The first bad option as "invalid option -- 'x'" or "option requires an argument -- 'x'".</summary>
    public string? Error { get; private set; }

    public static CommandLine Parse(IReadOnlyList<string> args, string flagLetters, string valueLetters = "")
    {
        var result = new CommandLine();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                result.Operands.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                result.Operands.Add(arg);
                continue;
            }

            for (var j = 1; j < arg.Length; j++)
            {
                var letter = arg[j];
                if (valueLetters.Contains(letter))
                {
                    var value = j + 1 < arg.Length ? arg[(j + 1)..] : i + 1 < args.Count ? args[++i] : null;
                    if (value is null)
                    {
                        result.Error ??= $"option requires an argument -- '{letter}'";
                        break;
                    }

                    result.Add(letter, value);
                    break;
                }

                if (!flagLetters.Contains(letter))
                {
                    result.Error ??= $"invalid option -- '{letter}'";
                    break;
                }

                result.flags.Add(letter);
            }
        }

        return result;
    }

    public bool Has(char letter) => flags.Contains(letter);

    public void Set(char letter) => flags.Add(letter);

    public string? Value(char letter) => values.TryGetValue(letter, out var list) ? list[^1] : null;

    public IReadOnlyList<string> Values(char letter) => values.TryGetValue(letter, out var list) ? list : [];

    private void Add(char letter, string value)
    {
        if (!values.TryGetValue(letter, out var list))
        {
            values[letter] = list = [];
        }

        list.Add(value);
    }
}
