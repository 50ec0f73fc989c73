namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>
/// Something that can own the keyboard of a terminal: a container's shell behind `docker run -it`
/// or `docker attach`. The terminal attaches it, feeds it keystrokes and resizes, and gives the
/// keyboard back when <see cref="Exited"/> completes or the user types <see cref="DetachKeys"/>.
/// </summary>
public interface IInteractiveConsole
{
    /// <summary>The key sequence that detaches ("\u0010\u0011" = Ctrl-P Ctrl-Q), or null.</summary>
    string? DetachKeys { get; }

    /// <summary>Completes with the exit status when the console ends (sh ran `exit`, EOF).</summary>
    Task<int> Exited { get; }

    /// <summary>Starts writing to <paramref name="output"/> (terminal text, \r\n line ends).</summary>
    void Attach(Action<string> output, int columns, int rows);

    /// <summary>Stops writing to the terminal; the console keeps running.</summary>
    void Detach();

    /// <summary>Keystrokes as xterm.js sends them.</summary>
    void Input(string data);

    void Resize(int columns, int rows);
}
