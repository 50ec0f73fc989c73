using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Where a command line reads and writes; Terminal is set when run at a prompt.</summary>
public sealed record ShellStreams(TextReader Stdin, TextWriter Stdout, TextWriter Stderr, ITerminalHost? Terminal = null);
