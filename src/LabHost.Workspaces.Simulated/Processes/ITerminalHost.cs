namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>
/// The simulated terminal as a foreground process sees it: it can hand the keyboard to an
/// interactive console (a container's shell) until that console detaches or ends.
/// </summary>
public interface ITerminalHost
{
    int Columns { get; }

    int Rows { get; }

    /// <summary>Clears the screen (the clear command, Ctrl-L).</summary>
    void Clear();
}
