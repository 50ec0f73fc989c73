namespace LabHost.Workspaces;

/// <summary>
/// Optional ability of an <see cref="IWorkspace"/> (check with <c>is</c>): tell when all input sent
/// so far has been handled and no command is still running, so a script can type its next line.
/// </summary>
public interface IIdleAwareWorkspace
{
    Task WhenIdleAsync();
}
