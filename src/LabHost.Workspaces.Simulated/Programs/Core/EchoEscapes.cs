using System.Text;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>echo -e's backslash escapes: \n \t \\ \a \b \e \f \r \v \0NNN \xHH, and \c (stop).</summary>
internal static class EchoEscapes
{
    public static (string Text, bool Stopped) Interpret(string text)
    {
        var output = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                output.Append(text[i]);
                continue;
            }

            var c = text[++i];
            switch (c)
            {
                case 'c':
                    return (output.ToString(), true);
                case 'x':
                    i = Number(text, i + 1, 2, 16, output, defaultText: "\\x");
                    break;
                case '0':
                    i = Number(text, i + 1, 3, 8, output, defaultText: null);
                    break;
                case >= '1' and <= '7':
                    i = Number(text, i, 3, 8, output, defaultText: null);
                    break;
                default:
                    output.Append(c switch
                    {
                        'n' => "\n", 't' => "\t", '\\' => "\\", 'a' => "\a", 'b' => "\b", 'e' => "\u001b",
                        'f' => "\f", 'r' => "\r", 'v' => "\v", _ => "\\" + c,
                    });
                    break;
            }
        }

        return (output.ToString(), false);
    }

    private static int Number(string text, int start, int maxDigits, int radix, StringBuilder output, string? defaultText)
    {
        var value = 0;
        var end = start;
        while (end < text.Length && end - start < maxDigits && Uri.IsHexDigit(text[end])
            && Convert.ToInt32(text[end].ToString(), 16) is var digit && digit < radix)
        {
            value = value * radix + digit;
            end++;
        }

        if (end == start && defaultText is not null)
        {
            output.Append(defaultText);
            return start - 1;
        }

        output.Append((char)(value & 0xff));
        return end - 1;
    }
}
