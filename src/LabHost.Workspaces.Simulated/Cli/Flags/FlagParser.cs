namespace LabHost.Workspaces.Simulated.Cli.Flags;

/// <summary>
/// Parses arguments the way spf13/pflag does for the docker CLI: --name=value, --name value,
/// -abc combined shorthands, -ovalue, "--" ending flags; interspersed positionals unless the
/// command stops at its first argument (run, exec: what follows belongs to the container).
/// </summary>
public static class FlagParser
{
    public static ParsedArgs Parse(IReadOnlyList<string> args, IReadOnlyList<FlagSpec> specs, bool interspersed)
    {
        var result = new ParsedArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                result.Positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                i = ParseLong(args, i, specs, result);
            }
            else if (arg.Length > 1 && arg[0] == '-')
            {
                i = ParseShort(args, i, specs, result);
            }
            else if (interspersed)
            {
                result.Positionals.Add(arg);
            }
            else
            {
                result.Positionals.AddRange(args.Skip(i));
                break;
            }
        }

        return result;
    }

    private static int ParseLong(IReadOnlyList<string> args, int i, IReadOnlyList<FlagSpec> specs, ParsedArgs result)
    {
        var body = args[i][2..];
        var eq = body.IndexOf('=');
        var name = eq < 0 ? body : body[..eq];
        var spec = specs.FirstOrDefault(s => s.Name == name) ?? throw new FlagError($"unknown flag: --{name}");
        if (eq >= 0)
        {
            Set(result, spec, body[(eq + 1)..], $"--{name}");
            return i;
        }

        if (spec.Kind == FlagKind.Bool)
        {
            Set(result, spec, "true", $"--{name}");
            return i;
        }

        if (i + 1 >= args.Count)
        {
            throw new FlagError($"flag needs an argument: --{name}");
        }

        Set(result, spec, args[i + 1], $"--{name}");
        return i + 1;
    }

    private static int ParseShort(IReadOnlyList<string> args, int i, IReadOnlyList<FlagSpec> specs, ParsedArgs result)
    {
        var body = args[i][1..];
        for (var k = 0; k < body.Length; k++)
        {
            var c = body[k];
            var spec = specs.FirstOrDefault(s => s.Shorthand == c)
                ?? throw new FlagError($"unknown shorthand flag: '{c}' in -{body}");
            if (spec.Kind == FlagKind.Bool)
            {
                var explicitValue = k + 1 < body.Length && body[k + 1] == '=';
                Set(result, spec, explicitValue ? body[(k + 2)..] : "true", $"-{c}");
                if (explicitValue)
                {
                    return i;
                }

                continue;
            }

            var rest = body[(k + 1)..];
            if (rest.Length > 0)
            {
                Set(result, spec, rest.StartsWith('=') ? rest[1..] : rest, $"-{c}");
                return i;
            }

            if (i + 1 >= args.Count)
            {
                throw new FlagError($"flag needs an argument: '{c}' in -{c}");
            }

            Set(result, spec, args[i + 1], $"-{c}");
            return i + 1;
        }

        return i;
    }

    private static void Set(ParsedArgs result, FlagSpec spec, string value, string shown)
    {
        if (spec.Kind == FlagKind.Bool)
        {
            value = value switch
            {
                "1" or "t" or "T" or "true" or "TRUE" or "True" => "true",
                "0" or "f" or "F" or "false" or "FALSE" or "False" => "false",
                _ => throw new FlagError(
                    $"invalid argument \"{value}\" for \"{ShownName(spec, shown)}\" flag: strconv.ParseBool: parsing \"{value}\": invalid syntax"),
            };
        }

        if (!result.Values.TryGetValue(spec.Name, out var list))
        {
            result.Values[spec.Name] = list = [];
        }

        if (spec.Kind != FlagKind.List)
        {
            list.Clear();
        }

        list.Add(value);
    }

    private static string ShownName(FlagSpec spec, string shown) =>
        spec.Shorthand is { } s ? $"-{s}, --{spec.Name}" : shown;
}
