using System.Text;

namespace LabHost.Workspaces.Simulated.Fuzz;

/// <summary>
/// Damages a command line the way typing and pasting do, and worse: deletes, inserts and
/// duplicates characters, drops in Korean, emoji, lone surrogates and control characters, and
/// very long tokens. Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class CommandLineMutator(Random random)
{
    private static readonly string[] Inserts =
    [
        " ", "'", "\"", "\\", ";", "&&", "||", "|", ">", "<", "2>&1", "$", "${", "$(", "`", "#", "=", "-", "--", "{{", "}}",
        "\t", "\n", "\r", "\0", "\u001b[A", "\u0003", "\u0004", "\u007f", "\u00a0", "\u200b", "\ufeff", "가", "네트워크", "😀",
        "\ud800", "\udc00", "é", "/", ".", ":", ",", "*", "?", "[", "]", "~", "!", "%", "%s",
    ];

    public string Mutate(string line)
    {
        var sb = new StringBuilder(line);
        var edits = random.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(sb.Length + 1);
            switch (random.Next(8))
            {
                case 0 when sb.Length > 0:
                    sb.Remove(Math.Min(at, sb.Length - 1), 1);
                    break;
                case 1 when sb.Length > 0:
                    var start = Math.Min(at, sb.Length - 1);
                    var length = random.Next(1, Math.Min(20, sb.Length - start) + 1);
                    sb.Insert(start, sb.ToString(start, length));
                    break;
                case 2:
                    sb.Insert(at, (char)random.Next(0, 32));
                    break;
                case 3:
                    sb.Insert(at, (char)random.Next(0xAC00, 0xD7A4));
                    break;
                case 4:
                    sb.Insert(at, LongToken());
                    break;
                case 5 when sb.Length > 0:
                    sb.Length = random.Next(sb.Length);
                    break;
                case 6:
                    sb.Insert(at, (char)random.Next(0x20, 0x7f));
                    break;
                default:
                    sb.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Tokens around and past the shell's line limit (4096), and deep nesting.</summary>
    private string LongToken() => random.Next(6) switch
    {
        0 => new string('x', random.Next(100, 5000)),
        1 => string.Concat(Enumerable.Repeat("10.", random.Next(10, 1000))),
        2 => string.Concat(Enumerable.Repeat("{{", random.Next(10, 1000))),
        3 => string.Concat(Enumerable.Repeat("$(", random.Next(10, 500))),
        4 => string.Concat(Enumerable.Repeat("한", random.Next(100, 3000))),
        _ => " " + string.Join(' ', Enumerable.Repeat("-d", random.Next(10, 1000))),
    };
}
