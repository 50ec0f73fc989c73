namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// A getopt in busybox's style: single-letter options, bundling ("-qc2"), "--" ends options.
/// With permutation (glibc) options may follow operands; without (musl) the first operand
/// ends them.
/// </summary>
internal sealed class CommandLine
{
    private CommandLine(Dictionary<char, string> options, List<string> operands, string? error)
    {
        Options = options;
        Operands = operands;
        Error = error;
    }

    public IReadOnlyDictionary<char, string> Options { get; }

    public IReadOnlyList<string> Operands { get; }

    /// <summary>getopt's complaint ("invalid option -- 'x'"), or null.</summary>
    public string? Error { get; }

    public bool Has(char option) => Options.ContainsKey(option);

    /// <param name="spec">getopt letters; a letter followed by ':' takes an argument.</param>
    public static CommandLine Parse(IReadOnlyList<string> args, string spec, bool permute)
    {
        var options = new Dictionary<char, string>();
        var operands = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                operands.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                operands.Add(arg);
                if (!permute)
                {
                    operands.AddRange(args.Skip(i + 1));
                    break;
                }

                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                return new(options, operands, $"unrecognized option '{arg}'");
            }

            for (var j = 1; j < arg.Length; j++)
            {
                var letter = arg[j];
                var at = spec.IndexOf(letter, StringComparison.Ordinal);
                if (at < 0 || letter == ':')
                {
                    return new(options, operands, $"invalid option -- '{letter}'");
                }

                if (at + 1 < spec.Length && spec[at + 1] == ':')
                {
                    if (j + 1 < arg.Length)
                    {
                        options[letter] = arg[(j + 1)..];
                    }
                    else if (i + 1 < args.Count)
                    {
                        options[letter] = args[++i];
                    }
                    else
                    {
                        return new(options, operands, $"option requires an argument -- '{letter}'");
                    }

                    break;
                }

                options[letter] = "";
            }
        }

        return new(options, operands, null);
    }
}
