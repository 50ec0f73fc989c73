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

    public override void WriteLine(string? value) => Write(value + NewLine);

    // The async forms write at once. TextWriter's defaults hop to the thread pool, which lets a
    // workspace look idle while a command's output (and the command) is still on its way.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync()
    {
        WriteLine();
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(char value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(char[] buffer, int index, int count)
    {
        WriteLine(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;
}
