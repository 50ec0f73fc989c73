using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Docker.Recording;

/// <summary>
/// A host command line that is running. <see cref="Container"/> is set when the line hands the
/// keyboard to a container: its name as typed, or "" when the line does not name it (a
/// `docker run -it` without --name; the newest container is meant).
/// </summary>
internal sealed partial record HostLine(string Text, string? Container)
{
    public static HostLine Parse(string text)
    {
        var words = text.Split([' ', '\t', '\n', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (words is not ["docker", ..])
        {
            return new HostLine(text, null);
        }

        var rest = words.Skip(1).SkipWhile(w => w == "container").ToArray();
        return rest switch
        {
            ["attach", .. var args] => new HostLine(text, args.LastOrDefault(a => !a.StartsWith('-')) ?? ""),
            ["run", .. var args] when Interactive(args) => new HostLine(text, NameOption(args) ?? ""),
            ["start", .. var args] when args.Any(a => a.StartsWith('-') && !a.StartsWith("--") && a.Contains('a')) || args.Contains("--attach") =>
                new HostLine(text, args.LastOrDefault(a => !a.StartsWith('-')) ?? ""),
            ["exec", .. var args] when Interactive(args) => new HostLine(text, args.FirstOrDefault(a => !a.StartsWith('-')) ?? ""),
            _ => new HostLine(text, null),
        };
    }

    private static bool Interactive(string[] args) =>
        args.Any(a => a == "--interactive" || (a.StartsWith('-') && !a.StartsWith("--") && a.Contains('i')));

    private static string? NameOption(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--name" && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--name=", StringComparison.Ordinal))
            {
                return args[i]["--name=".Length..];
            }
        }

        return null;
    }
}
