using System.Text.RegularExpressions;
using LabHost.Grading.Checks;

namespace LabHost.Grading.Parsing;

/// <summary>
/// Turns lab.yaml's checks into typed checks: one entry per kind in an explicit table. A check of
/// an unknown kind or with bad parameters is a lab error, reported with its problems.
/// </summary>
public static class CheckParser
{
    private static readonly Dictionary<string, Func<ParameterReader, Check?>> Kinds = new(StringComparer.Ordinal)
    {
        ["network-exists"] = r => Build(r.String("name", required: true), new NetworkExistsCheck("")
        {
            Driver = r.String("driver"),
            Scope = r.String("scope"),
            Subnet = r.Network("subnet"),
            IpRange = r.Network("ipRange"),
            Gateway = r.Address("gateway"),
            Labels = r.Map("labels"),
            Options = r.Map("options"),
            Attachable = r.Bool("attachable"),
            Internal = r.Bool("internal"),
        }),
        ["network-absent"] = r => Build(r.String("name", required: true), new NetworkAbsentCheck("")),
        ["container-exists"] = r => Build(r.String("name", required: true), new ContainerExistsCheck("")
        {
            Image = r.String("image"),
            Running = r.Bool("running"),
        }),
        ["container-networks"] = r =>
        {
            var container = r.String("container", required: true);
            var networks = r.List("networks", required: true);
            var exactly = r.Bool("exactly") ?? false;
            return container is null || networks.IsEmpty ? null : new ContainerNetworksCheck(container, networks) { Exactly = exactly };
        },
        ["interface-address"] = r =>
        {
            var container = r.String("container", required: true);
            var name = r.String("interface", required: true);
            var cidr = r.Network("cidr", required: true);
            var network = r.String("network");
            return container is null || name is null || cidr is null
                ? null
                : new InterfaceAddressCheck(container, name, cidr.Value) { Network = network };
        },
        ["interface-count"] = r =>
        {
            var container = r.String("container", required: true);
            var count = r.Int("count", required: true);
            return container is null || count is null ? null : new InterfaceCountCheck(container, count.Value);
        },
        ["command-run"] = r =>
        {
            var pattern = Pattern(r);
            var where = r.String("where") ?? "host";
            var succeeded = r.Bool("succeeded") ?? true;
            var since = r.String("since");
            if (since is not (null or "step" or "start"))
            {
                r.Problems.Add($"'since' must be 'step' or 'start', not '{since}'");
            }

            return pattern is null ? null : new CommandRunCheck(pattern) { Where = where, Succeeded = succeeded, SinceStepStart = since == "step" };
        },
        ["quiz"] = r =>
        {
            var quiz = r.String("quiz", required: true);
            var answer = r.String("answer", required: true);
            return quiz is null || answer is null ? null : new QuizCheck(quiz, answer);
        },
        ["swarm-active"] = r => new SwarmActiveCheck(r.Bool("active") ?? true),
    };

    public static IReadOnlyList<string> KnownKinds { get; } = [.. Kinds.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The typed check, or null with the problems that prevent it.</summary>
    public static (Check? Check, IReadOnlyList<string> Problems) Parse(CheckInput input)
    {
        if (!Kinds.TryGetValue(input.Kind, out var build))
        {
            return (null, [$"unknown check kind '{input.Kind}'; known kinds: {string.Join(", ", KnownKinds)}"]);
        }

        var reader = new ParameterReader(input);
        var check = build(reader);
        reader.RejectUnread();
        return reader.Problems.Count > 0 || check is null ? (null, reader.Problems) : (check with { Line = input.Line }, []);
    }

    /// <summary>
    /// A named check: built with every other parameter read first (so each problem is reported),
    /// then given its name; null when the name is missing.
    /// </summary>
    private static Check? Build<T>(string? name, T check)
        where T : Check => name is null ? null : check switch
        {
            NetworkExistsCheck c => c with { Name = name },
            NetworkAbsentCheck c => c with { Name = name },
            ContainerExistsCheck c => c with { Name = name },
            _ => check,
        };

    private static Regex? Pattern(ParameterReader reader)
    {
        var text = reader.String("pattern", required: true);
        if (text is null)
        {
            return null;
        }

        try
        {
            // Bounded: a learner's command line is short, but a lab's pattern must not hang the grader.
            return new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        }
        catch (ArgumentException e)
        {
            reader.Problems.Add($"'pattern' is not a valid regular expression: {e.Message}");
            return null;
        }
    }
}
