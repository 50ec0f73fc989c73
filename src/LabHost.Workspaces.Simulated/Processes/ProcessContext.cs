using LabHost.Workspaces.Simulated.Machines;

namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>What one process of a simulated machine sees: argv, stdin, stdout, stderr, its machine.</summary>
public sealed class ProcessContext
{
    /// <summary>argv: Args[0] is the name the program was invoked by.</summary>
    public required IReadOnlyList<string> Args { get; init; }

    /// <summary>Standard input; empty (at end of file) when nothing was piped in.</summary>
    public required TextReader Stdin { get; init; }

    public required TextWriter Stdout { get; init; }

    public required TextWriter Stderr { get; init; }

    /// <summary>The machine (host or container) the process runs on.</summary>
    public required Machine Machine { get; init; }

    /// <summary>Cancelled by Ctrl-C at the terminal.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// The terminal the process runs in, when it runs in the foreground of one; null in pipes
    /// and scripts. Interactive programs (docker run -it, docker attach, sh) use it.
    /// </summary>
    public ITerminalHost? Terminal { get; init; }

    /// <summary>
    /// How the process waits (ping's interval, nslookup's timeout). Null means real time
    /// (Task.Delay); tests and non-interactive runs pass one that returns at once.
    /// </summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    /// <summary>Waits through <see cref="Delay"/>, honouring <see cref="Cancellation"/>.</summary>
    public Task DelayAsync(TimeSpan duration) =>
        Delay is { } delay ? delay(duration, Cancellation) : Task.Delay(duration, Cancellation);
}
