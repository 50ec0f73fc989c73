using System.Text;

namespace LabHost.Workspaces.Docker.Recording;

/// <summary>
/// Rebuilds lines from terminal keys: printable text, Backspace (DEL or BS) and Ctrl-U edit the
/// line, Enter ends it; escape sequences and other control keys are dropped. Not thread-safe.
/// </summary>
internal sealed class InputLine
{
    private readonly StringBuilder line = new();
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private int escape;

    public List<string> Feed(ReadOnlySpan<byte> keys)
    {
        var chars = new char[decoder.GetCharCount(keys, flush: false)];
        decoder.GetChars(keys, chars, flush: false);
        var done = new List<string>();
        foreach (var c in chars)
        {
            if (escape > 0)
            {
                // ESC [ params final: the final byte is 0x40-0x7e; ESC O x (SS3) is three bytes.
                escape = escape == 1 && (c == '[' || c == 'O') ? 2 : (c >= '@' && c <= '~') ? 0 : escape;
                continue;
            }

            switch (c)
            {
                case '\u001b':
                    escape = 1;
                    break;
                case '\r' or '\n':
                    done.Add(line.ToString());
                    line.Clear();
                    break;
                case '\u007f' or '\b':
                    if (line.Length > 0)
                    {
                        line.Length--;
                    }

                    break;
                case '\u0015':
                    line.Clear();
                    break;
                case '\u0003':
                    line.Clear();
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        line.Append(c);
                    }

                    break;
            }
        }

        return done;
    }
}
