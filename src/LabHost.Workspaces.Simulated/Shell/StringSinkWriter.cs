using System.Text;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// A TextWriter whose every write arrives as one string: subclasses implement Write(string) only.
/// </summary>
internal abstract class StringSinkWriter : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public abstract override void Write(string? value);
}
