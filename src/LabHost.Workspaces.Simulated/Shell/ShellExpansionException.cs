namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// An expansion failed (bad arithmetic, too much output): the message is worded for stderr. Like a
/// real shell, the rest of the command line is abandoned; in a substitution, only the subshell ends.
/// </summary>
internal sealed class ShellExpansionException(string message) : Exception(message);
