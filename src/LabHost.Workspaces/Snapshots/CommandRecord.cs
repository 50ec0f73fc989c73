namespace LabHost.Workspaces.Snapshots;

/// <summary>
/// One command line the learner ran: the text as typed (continuation lines joined by "\n"), where
/// it ran, its exit status and when it ended (a `docker run -it` line ends when its container's shell does).
/// </summary>
public sealed record CommandRecord(string Text, string? Container, int ExitStatus, DateTimeOffset At)
{
    /// <summary>True when the command ran at the host prompt, false inside a container's shell.</summary>
    public bool OnHost => Container is null;
}
