using System.Text;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>A writer to the terminal: turns \n into \r\n (what the tty's onlcr does).</summary>
internal sealed class TerminalWriter(Action<string> write) : StringSinkWriter
{
    private char last;

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c == '\n' && last != '\r')
            {
                text.Append('\r');
            }

            text.Append(c);
            last = c;
        }

        write(text.ToString());
    }
}
