namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// A command line run without a terminal: Output is stdout and stderr interleaved as a terminal
/// would show them (with \n line ends), Stdout and Stderr apart.
/// </summary>
public sealed record CapturedRun(string Output, string Stdout, string Stderr, int ExitStatus, bool ExitRequested);
